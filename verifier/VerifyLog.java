import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.*;
import java.security.spec.X509EncodedKeySpec;
import java.util.*;

/**
 * Offline verifier of the Fairdraw transparency log (docs/transparency-log.md). One source file,
 * JDK 17 only, independent of the server's code: run it with {@code java verifier/VerifyLog.java}.
 *
 * <pre>
 * checkpoint  &lt;checkpoint.txt&gt; &lt;key&gt;                                   signature of a checkpoint
 * inclusion   &lt;checkpoint.txt&gt; &lt;proof.json&gt; [&lt;entry.txt&gt;] [--key &lt;key&gt;]   entry is in the signed tree
 * consistency &lt;old.txt&gt; &lt;new.txt&gt; &lt;proof.json&gt; [--key &lt;key&gt;]          new tree extends the old one
 * vectors     &lt;vectors.json&gt;                                         RFC 6962 test vectors
 * </pre>
 *
 * A key is a PEM public key (GET /public/log/key), a C2SP verifier key (?format=note) or the raw
 * 32-byte key in Base64. Exit status: 0 valid, 1 invalid, 2 usage. Read it top to bottom: the
 * commands, the RFC 6962 hashes and proofs, the signed checkpoints, and a small JSON reader.
 */
public class VerifyLog {

    static final HexFormat HEX = HexFormat.of();
    static boolean allPassed = true;

    public static void main(String[] args) { System.exit(run(args)); }

    static int run(String[] argv) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        String keyFile = null;
        int k = args.indexOf("--key");
        if (k >= 0) {
            if (k + 1 >= args.size()) return usage();
            keyFile = args.remove(k + 1);
            args.remove(k);
        }
        if (args.isEmpty()) return usage();
        String command = args.get(0);
        try {
            switch (command) {
                case "checkpoint" -> {
                    if (args.size() != 3) return usage();
                    checkSignature(parseCheckpoint(read(args.get(1))), read(args.get(2)));
                }
                case "inclusion" -> {
                    if (args.size() != 3 && args.size() != 4) return usage();
                    Checkpoint cp = parseCheckpoint(read(args.get(1)));
                    if (keyFile != null) checkSignature(cp, read(keyFile));
                    inclusion(cp, json(read(args.get(2))), args.size() == 4 ? Files.readAllBytes(Path.of(args.get(3))) : null);
                }
                case "consistency" -> {
                    if (args.size() != 4) return usage();
                    Checkpoint older = parseCheckpoint(read(args.get(1)));
                    Checkpoint newer = parseCheckpoint(read(args.get(2)));
                    if (keyFile != null) {
                        checkSignature(older, read(keyFile));
                        checkSignature(newer, read(keyFile));
                    }
                    consistency(older, newer, json(read(args.get(3))));
                }
                case "vectors" -> {
                    if (args.size() != 2) return usage();
                    vectors(json(read(args.get(1))));
                }
                default -> { return usage(); }
            }
            if (keyFile == null && !command.equals("checkpoint") && !command.equals("vectors")) {
                System.out.println("[NOTE] signature not checked: add --key <key> (or run the checkpoint command)");
            }
        } catch (Exception e) {
            check(false, "input is well-formed: " + e.getMessage());
        }
        System.out.println("VERDICT: " + (allPassed ? "VALID" : "INVALID"));
        return allPassed ? 0 : 1;
    }

    static int usage() {
        System.err.println("""
                usage: java VerifyLog.java checkpoint  <checkpoint.txt> <key>
                       java VerifyLog.java inclusion   <checkpoint.txt> <proof.json> [<entry.txt>] [--key <key>]
                       java VerifyLog.java consistency <old-checkpoint.txt> <new-checkpoint.txt> <proof.json> [--key <key>]
                       java VerifyLog.java vectors     <vectors.json>
                key: PEM public key, C2SP verifier key, or Base64 of the raw 32-byte Ed25519 key""");
        return 2;
    }

    static boolean check(boolean ok, String what) {
        System.out.println((ok ? "[PASS] " : "[FAIL] ") + what);
        allPassed &= ok;
        return ok;
    }

    static String read(String file) throws Exception { return Files.readString(Path.of(file), StandardCharsets.UTF_8); }

    // ---- the commands

    static void inclusion(Checkpoint cp, Map<String, Object> proof, byte[] entry) throws Exception {
        long seq = num(proof.get("seq")), index = num(proof.get("index")), size = num(proof.get("treeSize"));
        byte[] leaf = HEX.parseHex((String) proof.get("leafHash"));
        check(index == seq - 1, "leaf index is seq - 1 (seq " + seq + ")");
        check(size == cp.size, "proof is for the checkpoint's tree size " + cp.size);
        if (entry != null) {
            String text = new String(entry, StandardCharsets.UTF_8);
            if (text.endsWith("\n")) text = text.substring(0, text.length() - 1); // an editor's final newline; never in an entry
            check(Arrays.equals(leafHash(text.getBytes(StandardCharsets.UTF_8)), leaf), "entry text hashes to the leaf hash SHA-256(0x00 || entry)");
            check(text.startsWith(seq + "\t"), "entry text carries sequence number " + seq);
        }
        byte[] root = rootFromInclusion(index, size, leaf, hashes(proof.get("path")));
        check(root != null && Arrays.equals(root, cp.root), "audit path leads from the leaf to the checkpoint's root");
    }

    static void consistency(Checkpoint older, Checkpoint newer, Map<String, Object> proof) throws Exception {
        check(older.origin.equals(newer.origin), "both checkpoints are of the same log");
        check(num(proof.get("from")) == older.size && num(proof.get("to")) == newer.size,
                "proof is from size " + older.size + " to size " + newer.size);
        check(consistent(older.size, newer.size, hashes(proof.get("path")), older.root, newer.root),
                "the newer tree extends the older one (RFC 9162 consistency proof)");
    }

    // Each vector must give its expected result, valid or not; only those that do not are listed.
    @SuppressWarnings("unchecked")
    static void vectors(Map<String, Object> file) throws Exception {
        int agreed = 0, total = 0;
        for (Object o : (List<Object>) file.get("inclusion")) {
            Map<String, Object> v = (Map<String, Object>) o;
            byte[] root = rootFromInclusion(num(v.get("index")), num(v.get("size")), HEX.parseHex((String) v.get("leafHash")), hashes(v.get("path")));
            boolean ok = root != null && Arrays.equals(root, HEX.parseHex((String) v.get("root")));
            total++;
            if (ok == (Boolean) v.get("valid")) agreed++;
            else check(false, "inclusion vector '" + v.get("name") + "' index " + v.get("index") + " size " + v.get("size"));
        }
        for (Object o : (List<Object>) file.get("consistency")) {
            Map<String, Object> v = (Map<String, Object>) o;
            boolean ok = consistent(num(v.get("from")), num(v.get("to")), hashes(v.get("proof")),
                    HEX.parseHex((String) v.get("oldRoot")), HEX.parseHex((String) v.get("newRoot")));
            total++;
            if (ok == (Boolean) v.get("valid")) agreed++;
            else check(false, "consistency vector '" + v.get("name") + "' " + v.get("from") + " -> " + v.get("to"));
        }
        check(agreed == total && total > 0, agreed + " of " + total + " vectors give the expected result");
    }

    static long num(Object o) {
        if (o instanceof Long l) return l;
        throw new IllegalArgumentException("expected a number, found " + o);
    }

    @SuppressWarnings("unchecked")
    static List<byte[]> hashes(Object o) {
        List<byte[]> out = new ArrayList<>();
        for (Object h : (List<Object>) o) {
            byte[] b = HEX.parseHex((String) h);
            if (b.length != 32) throw new IllegalArgumentException("a proof hash is not 32 bytes");
            out.add(b);
        }
        return out;
    }

    // ---- RFC 6962 §2.1 hashes and RFC 9162 §2.1.3.2 / §2.1.4.2 verification

    static byte[] sha256(byte[]... parts) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (byte[] p : parts) sha.update(p);
        return sha.digest();
    }

    static byte[] leafHash(byte[] data) throws Exception { return sha256(new byte[] {0}, data); }
    static byte[] nodeHash(byte[] left, byte[] right) throws Exception { return sha256(new byte[] {1}, left, right); }

    /** The root an audit path leads to, or null when it cannot be a path of (index, size). */
    static byte[] rootFromInclusion(long index, long size, byte[] leaf, List<byte[]> path) throws Exception {
        if (index < 0 || index >= size) return null;
        long fn = index, sn = size - 1;
        byte[] r = leaf;
        for (byte[] p : path) {
            if (sn == 0) return null;
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : null;
    }

    static boolean consistent(long m, long n, List<byte[]> proof, byte[] oldRoot, byte[] newRoot) throws Exception {
        if (m <= 0 || m > n) return false;
        if (m == n) return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
        if (proof.isEmpty()) return false;
        List<byte[]> path = new ArrayList<>();
        if (Long.bitCount(m) == 1) path.add(oldRoot);
        path.addAll(proof);
        long fn = m - 1, sn = n - 1;
        while ((fn & 1) == 1) { fn >>= 1; sn >>= 1; }
        byte[] fr = path.get(0), sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) { fn >>= 1; sn >>= 1; }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot);
    }

    // ---- checkpoints: C2SP tlog-checkpoint in a C2SP signed note

    record Checkpoint(String origin, long size, byte[] root, String time, String body, String signer, byte[] payload) {}

    static Checkpoint parseCheckpoint(String note) {
        int blank = note.indexOf("\n\n");
        if (blank < 0) throw new IllegalArgumentException("checkpoint has no blank line before its signature");
        String body = note.substring(0, blank + 1);
        String[] lines = body.split("\n");
        if (lines.length < 4 || !lines[3].startsWith("time ")) throw new IllegalArgumentException("checkpoint needs origin, size, root and time lines");
        String[] parts = note.substring(blank + 2).split("\n")[0].split(" ");
        if (parts.length != 3 || !parts[0].equals("\u2014")) throw new IllegalArgumentException("signature line is not '\u2014 <name> <base64>'");
        byte[] root = Base64.getDecoder().decode(lines[2]);
        if (root.length != 32) throw new IllegalArgumentException("root hash is not 32 bytes");
        Checkpoint cp = new Checkpoint(lines[0], Long.parseLong(lines[1]), root, lines[3].substring(5), body, parts[1],
                Base64.getDecoder().decode(parts[2]));
        System.out.println("checkpoint: origin " + cp.origin + ", size " + cp.size + ", root " + HEX.formatHex(root) + ", time " + cp.time);
        return cp;
    }

    static byte[] keyHash(String name, byte[] raw) throws Exception {
        return Arrays.copyOf(sha256(name.getBytes(StandardCharsets.UTF_8), new byte[] {0x0A, 0x01}, raw), 4);
    }

    /** The raw 32-byte key from PEM, a C2SP verifier key ("name+hash+base64(0x01‖key)") or Base64. */
    static byte[] rawKey(String text, String origin) throws Exception {
        String t = text.trim();
        if (t.startsWith("-----BEGIN PUBLIC KEY-----")) {
            byte[] der = Base64.getMimeDecoder().decode(t.replaceAll("-----[A-Z ]+-----", ""));
            return Arrays.copyOfRange(der, der.length - 32, der.length);
        }
        java.util.regex.Matcher vkey = java.util.regex.Pattern.compile("([^+\\s]+)\\+([0-9a-f]{8})\\+([A-Za-z0-9+/=]{44})").matcher(t);
        if (!vkey.matches()) return Base64.getDecoder().decode(t);
        byte[] typed = Base64.getDecoder().decode(vkey.group(3));
        byte[] raw = Arrays.copyOfRange(typed, 1, typed.length);
        check(vkey.group(1).equals(origin), "verifier key names the checkpoint's origin (" + vkey.group(1) + ")");
        check(typed[0] == 1 && raw.length == 32 && vkey.group(2).equals(HEX.formatHex(keyHash(vkey.group(1), raw))),
                "verifier key is an Ed25519 key with a matching key hash");
        return raw;
    }

    static void checkSignature(Checkpoint cp, String keyText) throws Exception {
        byte[] raw = rawKey(keyText, cp.origin);
        if (!check(raw.length == 32, "public key is a 32-byte Ed25519 key")) return;
        byte[] spki = HEX.parseHex("302a300506032b6570032100" + HEX.formatHex(raw));
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        check(cp.signer.equals(cp.origin), "signature is by the log itself (" + cp.signer + ")");
        check(cp.payload.length == 68 && Arrays.equals(Arrays.copyOf(cp.payload, 4), keyHash(cp.signer, raw)),
                "signature's key hash matches the key");
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(cp.body.getBytes(StandardCharsets.UTF_8));
        check(cp.payload.length == 68 && s.verify(cp.payload, 4, 64), "Ed25519 signature over the checkpoint is valid");
    }

    // ---- a minimal JSON reader: objects, arrays, strings, integers, booleans, null

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        int[] at = {0};
        Object v = value(text, at);
        skip(text, at);
        if (at[0] != text.length() || !(v instanceof Map)) throw new IllegalArgumentException("not a JSON object");
        return (Map<String, Object>) v;
    }

    static void skip(String s, int[] at) { while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0]))) at[0]++; }

    // The value at at[0]; at[0] moves past it.
    static Object value(String s, int[] at) {
        skip(s, at);
        if (at[0] >= s.length()) throw new IllegalArgumentException("unexpected end of JSON");
        char c = s.charAt(at[0]);
        if (c == '{' || c == '[') { // values separated by ',' up to the closing bracket; in an object "key": value
            Map<String, Object> object = new LinkedHashMap<>();
            List<Object> array = new ArrayList<>();
            char close = c == '{' ? '}' : ']';
            at[0]++;
            skip(s, at);
            if (s.charAt(at[0]) == close) {
                at[0]++;
                return c == '{' ? object : array;
            }
            while (true) {
                if (c == '[') {
                    array.add(value(s, at));
                } else {
                    String key = (String) value(s, at);
                    skip(s, at);
                    expect(s, at, ':');
                    object.put(key, value(s, at));
                }
                skip(s, at);
                if (s.charAt(at[0]) != ',') break;
                at[0]++;
            }
            expect(s, at, close);
            return c == '{' ? object : array;
        }
        if (c == '"') {
            StringBuilder sb = new StringBuilder();
            at[0]++;
            while (s.charAt(at[0]) != '"') {
                char ch = s.charAt(at[0]++);
                if (ch != '\\') {
                    sb.append(ch);
                } else if (s.charAt(at[0]) == 'u') {
                    sb.append((char) Integer.parseInt(s.substring(at[0] + 1, at[0] + 5), 16));
                    at[0] += 5;
                } else { // \n \t \r \b \f, and any other escaped character as itself (\" \\ \/)
                    char e = s.charAt(at[0]++);
                    int simple = "ntrbf".indexOf(e);
                    sb.append(simple >= 0 ? "\n\t\r\b\f".charAt(simple) : e);
                }
            }
            at[0]++;
            return sb.toString();
        }
        for (String word : new String[] {"true", "false", "null"}) {
            if (s.startsWith(word, at[0])) {
                at[0] += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        int start = at[0];
        while (at[0] < s.length() && "-0123456789".indexOf(s.charAt(at[0])) >= 0) at[0]++;
        if (start == at[0]) throw new IllegalArgumentException("unexpected '" + c + "' in JSON");
        return Long.parseLong(s.substring(start, at[0]));
    }

    static void expect(String s, int[] at, char c) {
        if (at[0] >= s.length() || s.charAt(at[0]) != c) throw new IllegalArgumentException("expected '" + c + "' in JSON");
        at[0]++;
    }
}
