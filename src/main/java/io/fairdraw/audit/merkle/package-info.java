/**
 * 透明日志的默克尔树数学（RFC 6962 / RFC 9162）：叶子与节点哈希、完全子树分解、包含证明与一致性证明的
 * 生成计划和校验算法、签名检查点（C2SP signed note）。纯 Java，不依赖 Spring 和数据库，
 * 离线校验程序 {@code verifier/VerifyLog.java} 独立实现同样的算法。
 */
package io.fairdraw.audit.merkle;
