/**
 * 系统：安全、Web 配置、页面布局与菜单、首页、演示数据、内嵌数据库。
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package io.fairdraw.system;
