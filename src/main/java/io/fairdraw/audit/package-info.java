/**
 * 审计日志（全程留痕）：每一项改变状态的操作都写入一条哈希链记录，与操作同一事务提交；
 * 数据库触发器拒绝修改和删除，{@code /api/v1/audit/verify} 重新计算整条链。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.fairdraw.audit;
