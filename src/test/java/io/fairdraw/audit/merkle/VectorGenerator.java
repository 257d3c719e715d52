package io.fairdraw.audit.merkle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code src/test/resources/merkle-vectors/rfc6962.json}: the RFC 6962 reference tree of 8
 * leaves (the leaves of the Certificate Transparency test suite), its roots for sizes 0..8, every
 * inclusion proof and every consistency proof up to size 8 from {@link ReferenceTree}, and broken
 * variants of each. A variant's {@code valid} comes from an oracle independent of any verifier:
 * proofs are unique, so a claim is valid exactly when its leaf, sizes, roots and hashes equal the
 * reference ones. Run {@code main} to regenerate; {@code MerkleVectorsTest} checks the file is current.
 */
final class VectorGenerator {

    static final Path FILE = Path.of("src/test/resources/merkle-vectors/rfc6962.json");
    static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");
    static final int N = LEAVES.size();
    private static final HexFormat HEX = HexFormat.of();

    private final ReferenceTree tree = new ReferenceTree(LEAVES.stream().map(HEX::parseHex).toList());

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, new VectorGenerator().json(), StandardCharsets.UTF_8);
    }

    private record Inclusion(String name, long index, long size, byte[] leaf, List<byte[]> path, byte[] root) {
    }

    private record Consistency(String name, long from, long to, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
    }

    byte[] root(long size) {
        return tree.mth(0, (int) size);
    }

    byte[] leaf(long i) {
        return tree.mth((int) i, (int) i + 1);
    }

    boolean inclusionValid(Inclusion v) {
        return v.index >= 0 && v.index < v.size && v.size <= N && Arrays.equals(v.leaf, leaf(v.index))
                && Arrays.equals(v.root, root(v.size)) && same(v.path, tree.path((int) v.index, 0, (int) v.size));
    }

    boolean consistencyValid(Consistency v) {
        return 1 <= v.from && v.from <= v.to && v.to <= N && Arrays.equals(v.oldRoot, root(v.from))
                && Arrays.equals(v.newRoot, root(v.to)) && same(v.proof, tree.proof((int) v.from, (int) v.to));
    }

    private static boolean same(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static byte[] flip(byte[] h) {
        byte[] c = h.clone();
        c[c.length - 1] ^= 1;
        return c;
    }

    private static List<byte[]> with(List<byte[]> path, java.util.function.Consumer<List<byte[]>> change) {
        List<byte[]> c = new ArrayList<>(path);
        change.accept(c);
        return c;
    }

    List<Inclusion> inclusions() {
        List<Inclusion> out = new ArrayList<>();
        for (int n = 1; n <= N; n++) {
            for (int i = 0; i < n; i++) {
                List<byte[]> p = tree.path(i, 0, n);
                byte[] l = leaf(i);
                byte[] r = root(n);
                out.add(new Inclusion("valid", i, n, l, p, r));
                out.add(new Inclusion("wrong index", i + 1 < n ? i + 1 : i - 1, n, l, p, r));
                out.add(new Inclusion("index equals size", n, n, l, p, r));
                if (n < N) {
                    // With the root of the claimed size: a size alone does not change where the path leads
                    // (leaf 0 of size 3 and of size 4 share a shape), only the signed (size, root) pair pins it.
                    out.add(new Inclusion("wrong size", i, n + 1, l, p, root(n + 1)));
                }
                out.add(new Inclusion("wrong leaf", i, n, leaf((i + 1) % N), p, r));
                out.add(new Inclusion("wrong root", i, n, l, p, root(n - 1)));
                out.add(new Inclusion("extra node", i, n, l, with(p, c -> c.add(leaf(0))), r));
                if (!p.isEmpty()) {
                    out.add(new Inclusion("truncated path", i, n, l, with(p, c -> c.remove(c.size() - 1)), r));
                    out.add(new Inclusion("flipped bit", i, n, l, with(p, c -> c.set(0, flip(c.get(0)))), r));
                }
                if (p.size() >= 2) {
                    out.add(new Inclusion("swapped order", i, n, l, with(p, c -> c.add(0, c.remove(1))), r));
                }
            }
        }
        return out;
    }

    List<Consistency> consistencies() {
        List<Consistency> out = new ArrayList<>();
        for (int n = 1; n <= N; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> p = tree.proof(m, n);
                byte[] o = root(m);
                byte[] w = root(n);
                out.add(new Consistency("valid", m, n, o, w, p));
                if (m < n) {
                    out.add(new Consistency("swapped roots", m, n, w, o, p));
                }
                out.add(new Consistency("old size too small", m - 1, n, root(m - 1), w, p));
                if (n < N) {
                    out.add(new Consistency("new size too large", m, n + 1, o, root(n + 1), p));
                }
                out.add(new Consistency("wrong old root", m, n, flip(o), w, p));
                out.add(new Consistency("extra node", m, n, o, w, with(p, c -> c.add(leaf(0)))));
                if (!p.isEmpty()) {
                    out.add(new Consistency("truncated proof", m, n, o, w, with(p, c -> c.remove(c.size() - 1))));
                    out.add(new Consistency("flipped bit", m, n, o, w, with(p, c -> c.set(0, flip(c.get(0))))));
                }
                if (p.size() >= 2) {
                    out.add(new Consistency("swapped order", m, n, o, w, with(p, c -> c.add(0, c.remove(1)))));
                }
            }
        }
        return out;
    }

    private static String hexList(List<byte[]> hashes) {
        return hashes.stream().map(h -> "\"" + HEX.formatHex(h) + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    String json() {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("\"description\": \"RFC 6962 reference tree: leaves of the CT test suite; roots[s] = MTH of the first s "
                + "leaves; proofs from RFC 6962 2.1.1/2.1.2; broken variants marked valid=false\",\n");
        sb.append("\"leaves\": [").append(LEAVES.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(",")))
                .append("],\n");
        List<byte[]> roots = new ArrayList<>();
        for (int s = 0; s <= N; s++) {
            roots.add(root(s));
        }
        sb.append("\"roots\": ").append(hexList(roots)).append(",\n");
        sb.append("\"inclusion\": [\n").append(inclusions().stream().map(v -> String.format(
                "{\"name\":\"%s\",\"index\":%d,\"size\":%d,\"leafHash\":\"%s\",\"path\":%s,\"root\":\"%s\",\"valid\":%s}",
                v.name, v.index, v.size, HEX.formatHex(v.leaf), hexList(v.path), HEX.formatHex(v.root),
                inclusionValid(v))).collect(Collectors.joining(",\n"))).append("\n],\n");
        sb.append("\"consistency\": [\n").append(consistencies().stream().map(v -> String.format(
                "{\"name\":\"%s\",\"from\":%d,\"to\":%d,\"oldRoot\":\"%s\",\"newRoot\":\"%s\",\"proof\":%s,\"valid\":%s}",
                v.name, v.from, v.to, HEX.formatHex(v.oldRoot), HEX.formatHex(v.newRoot), hexList(v.proof),
                consistencyValid(v))).collect(Collectors.joining(",\n"))).append("\n]\n}\n");
        return sb.toString();
    }
}
