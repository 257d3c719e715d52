package io.fairdraw.audit;

import java.util.List;

/**
 * RFC 6962 §2.1.1 audit path of entry {@code seq} (leaf {@code index = seq − 1}) in the tree of
 * {@code treeSize} entries; hashes in lower-case hex, the leaf-side sibling first.
 */
public record InclusionProof(long seq, long index, long treeSize, String leafHash, List<String> path) {
}
