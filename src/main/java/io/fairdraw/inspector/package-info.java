/**
 * 执法检查人员名录库（兵自然资发〔2020〕47号 二(二)、三(三)）：执法证（持证上岗）及有效期、专业领域、
 * 在岗状态、请假、联合抽查人员（各业务处室分别抽选一名）、回避声明。
 *
 * <p>本包是模块 API：{@link io.fairdraw.inspector.InspectorEligibility} 是判断某人某日能否被抽取的唯一规则；
 * {@link io.fairdraw.inspector.InspectorDirectory} 向抽取模块提供抽取日的检查人员名单和回避关系
 * （FD-DRAW-1 §1 roster / conflicts），并向首页提供人员配备预警（各师市不少于 3 人）。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspector")
package io.fairdraw.inspector;
