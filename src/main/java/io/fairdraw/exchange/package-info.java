/**
 * 信息归集（国发〔2019〕5号：抽查检查结果归集至国家企业信用信息公示系统，推送共享）：事务性发件箱。
 * 目录事项版本发布、年度计划（含任务）公布、抽取执行、结果公示、更正公示、信用风险类别调整，
 * 各在引起它的事务内写入一条消息（消息编号即幂等键）；定时发送任务（集群内只一个节点运行）
 * 以带 HMAC-SHA256 签名的 JSON 投递给管理员配置的接收方，失败按指数退避重试，管理员可查看每条消息的投递状态并重试。
 * 每日文件投送见子包 {@code filedrop}。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package io.fairdraw.exchange;
