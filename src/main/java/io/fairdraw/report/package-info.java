/**
 * 统计与通报：按单位和年度、以及兵团局跨单位统计计划是否按时报送、抽查任务数、抽取与检查的对象数、名录库各监管领域覆盖率、
 * 各事项问题发现率、结果按时公示率、检查人员工作量及其离散程度；图表（ECharts）、每张表可导出 .xlsx，年度通报可打印。
 * 数据来自事件（抽取执行、人员替换、结果审核、结果公示）写入本模块的事实表，不读取其他模块的表。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Report")
package io.fairdraw.report;
