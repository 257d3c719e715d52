package io.fairdraw.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * What a zh-CN page shows a person, and what in it is not Chinese (issue 21, acceptance 2). The
 * allow-list is closed and written here: abbreviations a Chinese civil servant reads as such, and
 * the shapes of identifiers (codes, IDs, hashes, account names) that are data, not words. Nothing
 * else with Latin letters passes: no English word, no UPPER_SNAKE enum code.
 */
final class ChineseText {

    /** Abbreviations and names used as-is in Chinese government IT text. Exact, case-sensitive. */
    static final Set<String> ALLOWED_WORDS = Set.of(
            "USCC", "FD-DRAW-1", "SHA-256", "PDF", "CSV", "JSON", "XLSX", "Excel", "API", "URL", "ID",
            "RFC", "Ed25519", "WebCrypto", "PEM", "C2SP", "UTC", "HTTP", "HTTPS", "QR", "IP", "Java", "OpenAPI",
            "MB", "xlsx", "csv", "PNG", "JPEG",
            // the name of the standard that documents results.json (JSON Schema), as OpenAPI names its own
            "Schema",
            // the product's name (app.name: Fairdraw 双随机监管平台)
            "Fairdraw",
            // the language switch names its language in that language
            "English",
            // the HTTP header an integrating system sends, literally (the API token page)
            "Authorization", "Bearer",
            // the HTTP method and headers of the integration interfaces, literally (docs/integration.md: the outbox
            // receivers and the inbound credit sources' pages tell ADMIN what the other system sends or receives)
            "POST", "X-Fairdraw-Signature", "X-Fairdraw-Source", "X-Fairdraw-Timestamp", "Idempotency-Key",
            // the risk classes as a list and the date format a person types into an import file
            "A/B/C/D", "yyyy-MM-dd",
            // demo data: the two demo login names without a unit suffix, and the demo beacon source's code
            "admin", "auditor", "DICE");

    /** Identifier shapes (whole token). Data shown to a person, not words of the interface. */
    static final List<Pattern> ID_PATTERNS = List.of(
            // 统一社会信用代码 (GB 32100): 18 characters, no I, O, S, V, Z
            Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}"),
            // codes with a digit: units and offices (D01, D01-AM), inspectors (XJ-D01-005, XJ65000074), draw and
            // task refs (2026-D01-T01-1), catalog items (ZRZY-TD-001), licences (L259428605), encodings (GB18030)
            Pattern.compile("(?=[A-Z0-9\\-]*\\d)[A-Z0-9]{1,12}(?:-[A-Z0-9]{1,12})*"),
            // the demo bureau's unit codes (BT, BT-LC, BT-GH-01: 兵团自然资源局 and its 处室)
            Pattern.compile("BT(?:-[A-Z]{2,4})?(?:-\\d{2})?"),
            // account names (planner.d01, inspector.d01b, demo:XJ-D01-005, demo-followup:XJ-D01-001)
            Pattern.compile("[a-z]+\\.[a-z]\\d{2}(?:-[a-z]{2})?[a-z]?"),   // and a partner department's: planner.p01-sj
            Pattern.compile("demo(?:-[a-z]+)?:[A-Z]{1,3}-[A-Z]\\d{2}-\\d{3}"),
            // hashes and commitments in hex, possibly shortened
            Pattern.compile("[0-9a-f]{8,}"),
            // a version number (v3), a single letter (risk class A–D)
            Pattern.compile("v\\d+"),
            Pattern.compile("[A-Za-z]"),
            // a date-time in ISO 8601 (its display format is issue 21 item 4's, tested there)
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?"),
            // a file's name and an uploaded file's media type (demo-site-photo.png image/png, verifier/VerifyLog.java)
            Pattern.compile("(?:[a-z]+/)*[A-Za-z0-9_\\-]+\\.(?:png|jpe?g|pdf|xlsx|csv|java)"),
            Pattern.compile("(?:image|application|text)/[a-z0-9.+\\-]+"),
            // paths a page tells a person to open or copy (/public/log/proof/inclusion?seq=N)
            Pattern.compile("(?:https?://[a-z0-9.:\\-]+)?/[A-Za-z0-9/._\\-{}?=&]*"));

    /** A run of letters, digits and the characters identifiers use. */
    private static final Pattern TOKEN = Pattern.compile("(?:https?://)?[A-Za-z0-9/{}][A-Za-z0-9_.:/@{}?=&+\\-]*[A-Za-z0-9}/]|[A-Za-z]");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]");
    private static final Pattern ENUM_CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}");

    private ChineseText() {
    }

    /** The text a person sees: scripts, styles and every attribute dropped. */
    static String visible(String html) {
        Document doc = Jsoup.parse(html);
        // pre and code hold verbatim machine text that must not be translated: a signed checkpoint, a public
        // key, a command line, a draw's recomputed condition (HTML: "a fragment of computer code").
        doc.select("script, style, pre, code").remove();
        // Each text node on its own: adjacent cells (<td>A</td><td>B</td>) are two words, not one.
        StringBuilder out = new StringBuilder(doc.title());
        doc.body().traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                out.append(' ').append(t.text().strip());
            }
        });
        return out.toString().strip();
    }

    /** Each token with Latin letters that is neither an allowed abbreviation nor an identifier, with its context. */
    static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = trim(m.group());
            if (!LETTERS.matcher(token).find() || allowed(token)) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq > 0 && !token.startsWith("/") && !token.contains("?") && allowed(token.substring(eq + 1))) {
                token = token.substring(0, eq);   // key=value: the key is the word (SHA-256=ab12…)
                if (allowed(token)) {
                    continue;
                }
            }
            String kind = ENUM_CODE.matcher(token).matches() ? "code" : "English";
            int from = Math.max(0, m.start() - 20);
            int to = Math.min(text.length(), m.end() + 20);
            out.add(kind + " '" + token + "' in …" + text.substring(from, to).replace('\n', ' ') + "…");
        }
        return out;
    }

    private static String trim(String token) {
        String t = token;
        while (t.endsWith(".") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    static boolean allowed(String token) {
        if (ALLOWED_WORDS.contains(token)) {
            return true;
        }
        for (Pattern p : ID_PATTERNS) {
            if (p.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }
}
