/**
 * 名录批量导入的按字节引擎：导入时一次读出的名录快照（{@link io.fairdraw.registry.engine.KnownEntities}，
 * 判断文件行是新增、无变化还是有变化）和文件内重复代码检查（{@link io.fairdraw.registry.engine.CodeSet}）。
 * 每个接口（接缝）旁有逐条、可直接对照规则阅读的参考实现；属性测试保证引擎与参考实现结果相同。
 */
package io.fairdraw.registry.engine;
