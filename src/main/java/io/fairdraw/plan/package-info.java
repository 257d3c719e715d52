/**
 * 年度抽查计划与抽查任务：各单位每年 3 月底前制定并公示年度抽查计划（兵自然资发〔2020〕47号 二(三)、三(三)），
 * 计划中的抽查任务确定事项、对象范围、按信用风险分类的抽查比例、检查人员数（不少于 2 人）、
 * 所所交叉、冷却期与检查期限；联合抽查由牵头单位邀请配合单位确认，避免重复抽查。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan")
package io.fairdraw.plan;
