package io.fairdraw.audit.domain;

import io.fairdraw.audit.merkle.CompactRange;
import io.fairdraw.audit.merkle.NodeId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored perfect subtrees of the Merkle tree ({@code audit_tree_node}). */
@Repository
class TreeRepository {

    /** One multi-row INSERT per size: an append writes 1 to ~log2(n) nodes in one round trip. */
    private static final Map<Integer, String> INSERTS = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    TreeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<CompactRange.Node> nodes) {
        String sql = INSERTS.computeIfAbsent(nodes.size(), n -> "INSERT INTO audit_tree_node (level, idx, hash) VALUES "
                + String.join(",", java.util.Collections.nCopies(n, "(?,?,?)")));
        List<Object> params = new ArrayList<>(nodes.size() * 3);
        for (CompactRange.Node n : nodes) {
            params.add(n.id().level());
            params.add(n.id().index());
            params.add(n.hash());
        }
        jdbc.sql(sql).params(params).update();
    }

    /** The stored hashes of these nodes, in one query; absent nodes are missing from the map. */
    Map<NodeId, byte[]> find(Collection<NodeId> ids) {
        int[] levels = new int[ids.size()];
        long[] indexes = new long[ids.size()];
        int i = 0;
        for (NodeId id : ids) {
            levels[i] = id.level();
            indexes[i++] = id.index();
        }
        Map<NodeId, byte[]> found = new HashMap<>(ids.size() * 2);
        jdbc.sql("SELECT n.level, n.idx, n.hash FROM unnest(?::int[], ?::bigint[]) AS k(level, idx) "
                        + "JOIN audit_tree_node n ON n.level = k.level AND n.idx = k.idx")
                .params(levels, indexes)
                .query(rs -> {
                    found.put(new NodeId(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
                });
        return found;
    }

    /** Number of leaves in the tree (leaves are appended without gaps). */
    long leafCount() {
        return jdbc.sql("SELECT COALESCE(max(idx) + 1, 0) FROM audit_tree_node WHERE level = 0")
                .query(Long.class).single();
    }

    /** Visits the stored nodes of the tree of the first {@code size} leaves, by level, then index. */
    void forEachNode(long size, NodeVisitor visitor) {
        jdbc.sql("SELECT level, idx, hash FROM audit_tree_node WHERE idx < (?::bigint >> level) ORDER BY level, idx")
                .param(size).withFetchSize(10000)
                .query(rs -> {
                    visitor.visit(rs.getInt(1), rs.getLong(2), rs.getBytes(3));
                });
    }

    @FunctionalInterface
    interface NodeVisitor {
        void visit(int level, long index, byte[] hash);
    }
}
