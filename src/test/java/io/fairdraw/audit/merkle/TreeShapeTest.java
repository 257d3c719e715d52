package io.fairdraw.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 增量追加（compact range）与按存储节点生成证明，对照 RFC 6962 递归定义逐一比较（1..70 个叶子的所有组合）。 */
class TreeShapeTest {

    private static final int MAX = 70;
    private static final HexFormat HEX = HexFormat.of();

    private static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ByteBuffer.allocate(4).putInt(i * 7919).array());
        }
        return out;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static List<String> fold(List<List<NodeId>> plan, Map<NodeId, byte[]> nodes) {
        return plan.stream().map(e -> HEX.formatHex(Rfc6962.fold(e.stream().map(nodes::get).toList()))).toList();
    }

    @Test
    @DisplayName("每次追加后的树根、完成的完全子树、包含证明和一致性证明都与 RFC 参照实现一致")
    void agreesWithTheRfcDefinitions() {
        List<byte[]> data = leaves(MAX);
        ReferenceTree ref = new ReferenceTree(data);
        Map<NodeId, byte[]> nodes = new HashMap<>();
        CompactRange range = CompactRange.empty();
        assertThat(range.root()).isEqualTo(Rfc6962.emptyRoot());
        for (int n = 1; n <= MAX; n++) {
            for (CompactRange.Node node : range.append(Rfc6962.leafHash(data.get(n - 1)))) {
                assertThat(node.hash()).as("node %s", node.id())
                        .isEqualTo(ref.mth((int) node.id().start(), (int) node.id().end()));
                assertThat(nodes.put(node.id(), node.hash())).as("node %s written twice", node.id()).isNull();
            }
            assertThat(range.root()).as("root of %d", n).isEqualTo(ref.mth(0, n));
            assertThat(CompactRange.of(n, nodes::get).root()).isEqualTo(ref.mth(0, n));
            for (int i = 0; i < n; i++) {
                assertThat(fold(TreeShape.inclusion(i, n), nodes)).as("PATH(%d, %d)", i, n)
                        .isEqualTo(hex(ref.path(i, 0, n)));
            }
            for (int m = 1; m <= n; m++) {
                assertThat(fold(TreeShape.consistency(m, n), nodes)).as("PROOF(%d, %d)", m, n)
                        .isEqualTo(hex(ref.proof(m, n)));
            }
        }
        assertThat(nodes).hasSize(2 * MAX - Long.bitCount(MAX));
    }

    @Test
    @DisplayName("证明的节点数为 O(log n)：一百万条记录时不超过 40 次查找")
    void proofsNeedFewLookups() {
        long n = 1_000_003;
        for (long i : new long[] {0, 1, 499_999, n - 2, n - 1}) {
            int lookups = TreeShape.inclusion(i, n).stream().mapToInt(List::size).sum();
            assertThat(lookups).isLessThanOrEqualTo(40);
        }
        assertThat(TreeShape.consistency(999_999, n).stream().mapToInt(List::size).sum()).isLessThanOrEqualTo(40);
    }

    @Test
    @DisplayName("越界的叶子序号和大小被拒绝")
    void rejectsOutOfRange() {
        assertThatThrownBy(() -> TreeShape.inclusion(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeShape.consistency(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeShape.consistency(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeShape.range(3, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
