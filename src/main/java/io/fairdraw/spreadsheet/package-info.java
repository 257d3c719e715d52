/**
 * 电子表格读取：两个导入（检查对象名录、检查人员名录）共用的 .xlsx 读取器，逐行流式读取，
 * 并对上传文件的每一项都设有上限（issue 18）：行数与列数（Excel 的 1,048,576 行、16,384 列）、
 * 单元格文字 32,767 个字符、解压后实际读取的字节数、压缩条目数、共享字符串个数、XML 嵌套深度；
 * 拒绝 DOCTYPE 与实体定义。超出任何一项都以 {@link io.fairdraw.spreadsheet.SpreadsheetRefused}
 * 拒绝，消息用中文说明是哪一项上限。公式单元格只读取其缓存值，从不计算。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheet")
package io.fairdraw.spreadsheet;
