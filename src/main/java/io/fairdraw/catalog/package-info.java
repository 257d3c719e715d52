/**
 * 随机抽查事项清单：抽查依据、抽查主体、抽查对象、抽查内容、抽查方式、抽查比例和频次
 * （兵自然资发〔2020〕47号 二(一)）。
 *
 * <p>事项按版本管理：修改即生成带生效日期和调整原因的新版本，旧版本保留可查，抽查任务引用所用版本；
 * 没有抽查依据的事项不能保存、不能使用（法律法规规章没有规定的，一律不得擅自开展检查）；
 * 停用事项保留全部历史。现行清单向社会公开（公开页面与 Excel 下载）。
 *
 * <p>本包是模块 API：{@link io.fairdraw.catalog.Catalog} 供计划模块按版本号取事项、列出现行事项。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package io.fairdraw.catalog;
