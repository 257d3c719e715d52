/**
 * 抽取引擎：FD-DRAW-1 中按字节、并行计算的部分（§2a 签号、§2b 排序与选派），只通过接口
 * {@link io.fairdraw.draw.protocol.engine.DrawEngine} 使用。
 *
 * <p>Speed only, no meaning of its own: every answer equals that of the readable reference
 * ({@code io.fairdraw.draw.protocol.ReferenceEngine}), byte for byte (DrawEngineEquivalenceTest).
 * Only {@code DrawEngine} is public; ArchitectureTest keeps everything else out of reach and keeps
 * this package free of the protocol's classes.
 */
package io.fairdraw.draw.protocol.engine;
