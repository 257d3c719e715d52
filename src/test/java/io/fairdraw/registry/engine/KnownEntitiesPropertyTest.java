package io.fairdraw.registry.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packed registry snapshot and the duplicate check ({@link PackedKnownEntities},
 * {@link PackedCodeSet}) against their references on seeded random registries and files.
 */
class KnownEntitiesPropertyTest {

    private static final String[] PIECES = {"阿拉尔市", "有限公司", "A", "1", "\t", "\n", "\\", "\b", "\u000B", " ", "𝄞",
        "王强", "ACTIVE", "D01"};

    static Stream<Long> seeds() {
        return LongStream.range(1, 41).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("随机名录与文件行（新增、无变化、任一列改动、近似代码）：引擎与参考实现分类相同")
    void snapshotEngineEqualsReference(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int size = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(5_000);
        Map<String, String[]> registry = registry(rnd, size);
        KnownEntities engine = KnownEntities.engine(rnd.nextInt(size + 1), rnd.nextLong());
        KnownEntities reference = KnownEntities.reference();
        registry.forEach((code, data) -> {
            byte[] row = PackedKnownEntitiesTest.copyRow(code, data);
            engine.add(row);
            reference.add(row);
        });
        assertThat(engine.size()).isEqualTo(reference.size()).isEqualTo(registry.size());
        List<String> codes = new ArrayList<>(registry.keySet());
        for (int i = 0; i < 3_000; i++) {
            String code;
            String[] data;
            int kind = rnd.nextInt(5);
            if (kind == 0 || codes.isEmpty()) {
                code = UnifiedSocialCreditCode.random(rnd, "659002").value();
                data = data(rnd);
            } else {
                code = codes.get(rnd.nextInt(codes.size()));
                data = registry.get(code).clone();
                if (kind == 1) {
                    data[rnd.nextInt(data.length)] = rnd.nextBoolean() ? null : text(rnd);
                } else if (kind == 2) {
                    code = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'); // another check character
                }
            }
            byte[] row = PackedKnownEntitiesTest.copyRow(code, data);
            assertThat(engine.classify(code, row, 19, row.length - 1)).as("row %d", i)
                    .isEqualTo(reference.classify(code, row, 19, row.length - 1));
        }
    }

    @Test
    @DisplayName("名录中同一代码读到两次、或不是名录行：两种实现都拒绝")
    void bothRefuseWhatIsNotARegistry() {
        String code = UnifiedSocialCreditCode.random(new SplittableRandom(1), "659001").value();
        byte[] row = PackedKnownEntitiesTest.copyRow(code, new String[] {"名称"});
        for (KnownEntities k : List.of(KnownEntities.engine(1, 1), KnownEntities.reference())) {
            k.add(row);
            assertThatThrownBy(() -> k.add(row)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> k.add("x\n".getBytes())).isInstanceOf(IllegalStateException.class);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("随机文件中的代码（含重复）：重复检查的引擎与参考实现返回相同的首次行号")
    void codeSetEngineEqualsReference(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        CodeSet engine = CodeSet.engine();
        CodeSet reference = CodeSet.reference();
        int rows = seed % 10 == 0 ? 120_000 : rnd.nextInt(2_000);
        List<String> seen = new ArrayList<>();
        for (int row = 2; row < rows + 2; row++) {
            String code = !seen.isEmpty() && rnd.nextInt(5) == 0 ? seen.get(rnd.nextInt(seen.size()))
                    : UnifiedSocialCreditCode.random(rnd, "659001").value();
            seen.add(code);
            assertThat(engine.addOrGetFirstRow(code, row)).isEqualTo(reference.addOrGetFirstRow(code, row));
        }
        assertThat(engine.size()).isEqualTo(reference.size());
    }

    private static Map<String, String[]> registry(SplittableRandom rnd, int size) {
        Map<String, String[]> registry = new LinkedHashMap<>();
        while (registry.size() < size) {
            registry.put(UnifiedSocialCreditCode.random(rnd, "659001").value(), data(rnd));
        }
        return registry;
    }

    private static String[] data(SplittableRandom rnd) {
        String[] d = new String[9];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextInt(8) == 0 ? null : text(rnd);
        }
        return d;
    }

    private static String text(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
