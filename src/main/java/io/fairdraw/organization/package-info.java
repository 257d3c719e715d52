/**
 * 组织机构与账户：单位（局机关、处室、基础数据中心、师市局）、账户、角色，以及统一的数据范围
 * （本单位可读写本单位数据；兵团局机关可读其所属单位数据；监督员可读全部）。
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package io.fairdraw.organization;
