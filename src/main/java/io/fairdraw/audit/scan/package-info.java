/**
 * 审计链扫描：从 {@code COPY … TO STDOUT} 文本重算哈希链和默克尔叶子。{@link io.fairdraw.audit.scan.EntryScan}
 * 是接口（接缝），{@code ReferenceEntryScan} 是逐行、可直接对照规则阅读的参考实现，
 * {@code ParallelEntryScan} 是按字节、多线程的引擎；属性测试保证两者结果相同。
 */
package io.fairdraw.audit.scan;
