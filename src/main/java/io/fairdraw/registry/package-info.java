/**
 * 检查对象名录库：以统一社会信用代码为键的市场主体（土地、规划、林草、矿产、测绘等监管领域），
 * 每个主体归属一个监管单位；支持筛选、分页、详情与变更历史、手工新增/编辑/注销，
 * 以及按 DESIGN.md §5 约定的 Excel/CSV 批量导入与导出。
 *
 * <p>本包是其他模块可调用的接口：按代码查询主体（受数据范围约束），以及为抽查名单流式读取主体。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package io.fairdraw.registry;
