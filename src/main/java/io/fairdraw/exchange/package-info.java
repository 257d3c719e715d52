/**
 * 信息归集：把检查结果等变化送往外部系统（兵团联合监管系统、国家企业信用信息公示系统）。
 * 子包 filedrop：每日文件交换（.xlsx 与 .csv，列映射可配置）。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package io.fairdraw.exchange;
