import io.fairdraw.support.HostileFiles;
import io.fairdraw.support.HostileFiles.Case;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/hostile (issue 18): uploads each hostile file of the test suite (HostileFiles) to both
 * imports of a running app, as D01's liaison, and prints how long each refusal took and what it
 * said; after each, a normal import by D02's liaison, with its time.
 *   java Hostile generate DIR        writes the files
 *   java Hostile run PORT DIR        uploads them
 */
public class Hostile {

    static final List<String> REGISTRY_HEADER = List.of("统一社会信用代码", "名称", "主体类型", "监管领域", "所属单位代码", "住所",
            "法定代表人", "许可证号", "状态", "信用风险分类");
    static final List<String> REGISTRY_ROW = List.of(uscc("91659001MA7800001"), "恶意文件测试有限公司", "有限责任公司", "矿产", "D01",
            "阿拉尔市团结路1号", "王建国", "C6590012026", "存续", "B");
    static final List<String> INSPECTOR_HEADER = List.of("检查人员编号", "姓名", "所属单位代码", "执法证号", "执法证有效期至",
            "专业领域", "状态", "联合抽查人员", "联系电话", "身份证号");
    static final List<String> INSPECTOR_ROW = List.of("XJ-HOSTILE-1", "恶意测试", "D01", "XJ9001", "2035-12-31", "土地", "在岗",
            "否", "13912345678", "");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern MESSAGE = Pattern.compile("\"message\":\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            Path dir = Path.of(args[1]);
            for (Case c : Case.values()) {
                long t0 = System.nanoTime();
                Path r = HostileFiles.file(c, dir, "registry", REGISTRY_HEADER, REGISTRY_ROW);
                Path i = HostileFiles.file(c, dir, "inspector", INSPECTOR_HEADER, INSPECTOR_ROW);
                System.out.printf("%-20s %12d bytes  generated in %6.1f s%n", c, Files.size(r) + Files.size(i) >> 1,
                        (System.nanoTime() - t0) / 1e9);
            }
            return;
        }
        int port = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        System.out.printf("%-10s %-20s %10s %8s %8s  %s%n", "import", "file", "bytes", "status", "seconds", "answer");
        int n = 0;
        for (String target : List.of("registry", "inspector")) {
            String path = target.equals("registry") ? "/api/v1/registry/imports" : "/api/v1/inspectors/imports";
            for (Case c : Case.values()) {
                Path file = dir.resolve(target + "-" + c.fileName);
                long t0 = System.nanoTime();
                HttpResponse<String> r = upload(port, path, "liaison.d01", c.fileName, Files.readAllBytes(file));
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%-10s %-20s %10d %8d %8.2f  %s%n", target, c, Files.size(file), r.statusCode(), s,
                        answer(r.body()));
                n++;
                t0 = System.nanoTime();
                HttpResponse<String> ok = upload(port, path, "liaison.d02", "normal" + (target.equals("registry") ? ".csv" : ".xlsx"),
                        normal(target, n));
                System.out.printf("%-10s %-20s %10s %8d %8.2f  %s%n", target, "  then a normal one", "", ok.statusCode(),
                        (System.nanoTime() - t0) / 1e9, ok.body().replaceAll(",\"errors\".*", "").replaceAll("\"message\":\"[^\"]*\",?", ""));
            }
        }
    }

    static String answer(String body) {
        Matcher m = MESSAGE.matcher(body);
        String code = body.contains("\"code\"") ? body.replaceAll(".*\"code\":\"([^\"]*)\".*", "$1") + ": " : "";
        return code + (m.find() ? m.group(1) : body);
    }

    static byte[] normal(String target, int n) throws Exception {
        if (target.equals("registry")) {
            String code = uscc(String.format("91659002MA%07d", 7_100_000 + n));
            return (String.join(",", REGISTRY_HEADER) + "\r\n" + code + ",正常导入" + n + "有限公司,有限责任公司,矿产,D02,"
                    + "五家渠市,李四,C" + n + ",存续,B\r\n").getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HostileFiles.workbook(out, w -> w.text(HostileFiles.row(1, INSPECTOR_HEADER) + HostileFiles.row(2,
                List.of("XJ-BENCH-" + n, "正常导入", "D02", "XJ9002", "2035-12-31", "土地", "在岗", "否", "13912345678", ""))), null);
        return out.toByteArray();
    }

    static String uscc(String first17) {
        return first17 + io.fairdraw.shared.UnifiedSocialCreditCode.checkCharFor(first17);
    }

    static HttpResponse<String> upload(int port, String path, String user, String name, byte[] content) throws Exception {
        String boundary = "----fd" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":Fairdraw@2026")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
