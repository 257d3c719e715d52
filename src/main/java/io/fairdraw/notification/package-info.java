/**
 * 提醒：站内通知（顶栏提醒数、提醒列表、标为已读）和首页摘要——年度计划 3 月 31 日前报送、检查结果待公示（20 个工作日）、
 * 执法证 30 天内到期、师市检查人员不足 3 人、联合抽查邀请待答复。每日定时任务生成提醒（ShedLock 保证多节点只运行一次，
 * 唯一约束保证同一提醒只生成一次）。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package io.fairdraw.notification;
