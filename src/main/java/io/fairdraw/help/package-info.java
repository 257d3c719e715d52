/**
 * 操作手册：按角色（计划管理员、审核人、检查人员、联络员、系统管理员、监督员）编写的日常操作步骤，
 * 在 /help 查看，每个角色的手册可打印为一份文档。手册正文是 src/main/resources/help/manuals/ 下的中文资源文件；
 * 截图由浏览器测试（HelpScreenshotsBrowserIT）从运行中的系统截取，因此不会过时。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Help")
package io.fairdraw.help;
