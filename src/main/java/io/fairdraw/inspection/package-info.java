/**
 * 检查任务（inspection visits）：每个抽中的检查对象一项检查任务，覆盖该抽查任务的全部事项、由抽中的检查组执行
 * （联合抽查，原则上一次性完成）。本期只在抽取执行的同一事务内生成任务（状态 PLANNED）并随检查人员替换更新检查组；
 * 检查结果、证据与审核由后续议题实现。已审核（APPROVED）的检查任务是冷却期（避免重复抽查）的依据。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspection")
package io.fairdraw.inspection;
