/**
 * 一公开：公示门户（无需登录）、开放数据、检查结果公示及其期限（检查完成提交后 20 个工作日内）。
 * 谁抽查、谁公示：任务所属单位的审核人公示其已审核的检查结果；已公示的结果只能由已公示的更正来更正。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package io.fairdraw.disclosure;
