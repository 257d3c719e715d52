package io.fairdraw.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 服务端默克尔树算法对照 RFC 6962 测试向量（有效证明与故意损坏的证明）。 */
class MerkleVectorsTest {

    private static final HexFormat HEX = HexFormat.of();
    /** Published by Certificate Transparency for these leaves (also in transparency-dev/merkle's testonly). */
    private static final List<String> CT_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static JsonNode vectors() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(VectorGenerator.FILE));
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(HEX.parseHex(n.asString())));
        return out;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    /** Every perfect subtree of the 8-leaf tree, as the append path stores them. */
    private static Map<NodeId, byte[]> stored() {
        Map<NodeId, byte[]> nodes = new HashMap<>();
        CompactRange range = CompactRange.empty();
        for (String leaf : VectorGenerator.LEAVES) {
            range.append(Rfc6962.leafHash(HEX.parseHex(leaf))).forEach(n -> nodes.put(n.id(), n.hash()));
        }
        return nodes;
    }

    private static List<String> fromStore(List<List<NodeId>> plan, Map<NodeId, byte[]> nodes) {
        return plan.stream().map(e -> HEX.formatHex(Rfc6962.fold(e.stream().map(nodes::get).toList()))).toList();
    }

    @Test
    @DisplayName("向量文件由 RFC 6962 参照实现生成且为最新；树根与 CT 公布值一致")
    void fileIsCurrentAndMatchesCertificateTransparency() throws IOException {
        assertThat(Files.readString(VectorGenerator.FILE)).isEqualTo(new VectorGenerator().json());
        assertThat(hex(hashes(vectors().get("roots")))).isEqualTo(CT_ROOTS);
        ReferenceTree ref = new ReferenceTree(VectorGenerator.LEAVES.stream().map(HEX::parseHex).toList());
        // Proofs printed in CT's merkle_tree_test / transparency-dev testdata.
        assertThat(hex(ref.path(5, 0, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(ref.proof(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(ref.proof(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    @DisplayName("包含证明：有效向量通过、每个损坏向量被拒绝；存储节点拼出的证明与参照一致")
    void inclusion() throws IOException {
        Map<NodeId, byte[]> nodes = stored();
        int valid = 0;
        int broken = 0;
        for (JsonNode v : vectors().get("inclusion")) {
            long index = v.get("index").asLong();
            long size = v.get("size").asLong();
            boolean expected = v.get("valid").asBoolean();
            boolean actual = ProofVerifier.verifyInclusion(index, size, HEX.parseHex(v.get("leafHash").asString()),
                    hashes(v.get("path")), HEX.parseHex(v.get("root").asString()));
            assertThat(actual).as("%s: index %d size %d", v.get("name").asString(), index, size).isEqualTo(expected);
            if (v.get("name").asString().equals("valid")) {
                valid++;
                assertThat(fromStore(TreeShape.inclusion(index, size), nodes)).isEqualTo(hex(hashes(v.get("path"))));
            } else if (!expected) {
                broken++;
            }
        }
        assertThat(valid).isEqualTo(36);
        assertThat(broken).isGreaterThan(200);
    }

    @Test
    @DisplayName("一致性证明：有效向量通过、每个损坏向量被拒绝；存储节点拼出的证明与参照一致")
    void consistency() throws IOException {
        Map<NodeId, byte[]> nodes = stored();
        int valid = 0;
        int broken = 0;
        for (JsonNode v : vectors().get("consistency")) {
            long from = v.get("from").asLong();
            long to = v.get("to").asLong();
            boolean expected = v.get("valid").asBoolean();
            boolean actual = ProofVerifier.verifyConsistency(from, to, hashes(v.get("proof")),
                    HEX.parseHex(v.get("oldRoot").asString()), HEX.parseHex(v.get("newRoot").asString()));
            assertThat(actual).as("%s: %d -> %d", v.get("name").asString(), from, to).isEqualTo(expected);
            if (v.get("name").asString().equals("valid")) {
                valid++;
                assertThat(fromStore(TreeShape.consistency(from, to), nodes)).isEqualTo(hex(hashes(v.get("proof"))));
            } else if (!expected) {
                broken++;
            }
        }
        assertThat(valid).isEqualTo(36);
        assertThat(broken).isGreaterThan(200);
    }
}
