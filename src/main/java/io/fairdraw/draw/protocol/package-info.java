/**
 * FD-DRAW-1：可验证的“双随机”抽取协议（随机抽取检查对象、随机选派检查人员）的纯 Java 实现。
 *
 * <p>The maths of {@code DRAW-PROTOCOL.md}, byte for byte: canonical texts and their SHA-256
 * hashes, the commitment, the seed, tickets, per-stratum sample sizes, consistent selection,
 * inspector assignment (2b) and substitution (3). Plain Java only (no Spring, no database, no
 * third-party library) so that the same rules can be read, tested and re-implemented by anyone;
 * {@code verifier/Verify.java} and {@code static/js/draw-verify.js} re-implement them on purpose,
 * independently; Verify.java is also the reference the tests hold this package to (issue 22).
 *
 * <p>The byte-level speed work (tickets and ranks of millions of entities, on every core) sits
 * behind the seam {@link io.fairdraw.draw.protocol.engine.DrawEngine} in its own package; this
 * package holds its readable reference, {@code ReferenceEngine}, read straight from the protocol
 * text, and the tests hold the two equal.
 *
 * <p>Entry point: {@link io.fairdraw.draw.protocol.DrawProtocol}. Invalid input raises
 * {@link io.fairdraw.draw.protocol.ProtocolException} (a stable code plus the offending value,
 * translated by the UI); an assignment that the rules cannot satisfy raises
 * {@link io.fairdraw.draw.protocol.DrawFailure}.
 */
package io.fairdraw.draw.protocol;
