/**
 * 双随机抽取（FD-DRAW-1）：从已审核的抽查任务冻结抽查对象名单、检查人员名单、回避关系和参数，
 * 生成并承诺秘密值后公告；公开随机数（beacon）公布后执行抽取（随机抽取检查对象、随机选派检查人员），
 * 同一事务内生成检查任务；检查人员替换留痕并公开；任何人可用公开记录复核（DRAW-PROTOCOL.md）。
 *
 * <p>API: {@link io.fairdraw.draw.RosterSource} (SPI the inspector directory implements),
 * {@link io.fairdraw.draw.DrawEvents} (what the inspection module listens to),
 * {@link io.fairdraw.draw.DrawSetup} (demo draws at start-up), {@link io.fairdraw.draw.TaskDraws}
 * (every draw of a task and its outcome, for the public task page).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Draw")
package io.fairdraw.draw;
