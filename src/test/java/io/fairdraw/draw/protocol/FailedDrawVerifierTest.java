package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.VerifierRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FD-DRAW-1 §2b failures re-computed by both verifiers (issue 17): for seeded random draws that fail
 * under each rule (roster, conflict, cap, cross_org), verifier/Verify.java (a separate JVM, with the
 * roster, conflicts and orgs.csv) and static/js/draw-verify.js (in Node) confirm the published
 * failure and reject the same record naming another rule or another entity.
 */
class FailedDrawVerifierTest {

    @TempDir
    Path temp;

    record Failed(RandomDraws.Case draw, DrawFailure failure) {
    }

    @Test
    void bothVerifiersConfirmTheFailureAndRejectAnotherRuleOrEntity() throws Exception {
        Map<EligibilityRule, Failed> byRule = new EnumMap<>(EligibilityRule.class);
        for (long seed = 1; byRule.size() < EligibilityRule.values().length && seed < 20_000; seed++) {
            RandomDraws.Case draw = RandomDraws.generate(seed);
            try {
                draw.execute();
            } catch (DrawFailure failure) {
                byRule.putIfAbsent(failure.rule(), new Failed(draw, failure));
            } catch (ProtocolException invalid) {
                // a generated input the protocol refuses: not a draw
            }
        }
        assertThat(byRule).as("a failing draw for every rule").containsOnlyKeys(EligibilityRule.values());

        List<List<String>> runs = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (Failed f : byRule.values()) {
            String other = f.failure().rule() == EligibilityRule.CAP ? "cross_org" : "cap";
            dirs.add(write(f, "published", f.failure().uscc(), f.failure().rule().id()));
            dirs.add(write(f, "other-rule", f.failure().uscc(), other));
            String anotherEntity = f.draw().frame().stream().map(FrameEntry::uscc)
                    .filter(u -> !u.equals(f.failure().uscc())).findFirst().orElseThrow();
            dirs.add(write(f, "other-entity", anotherEntity, f.failure().rule().id()));
        }
        dirs.forEach(dir -> runs.add(List.of(dir.resolve("record.json").toString(), dir.resolve("frame.csv").toString(),
                dir.resolve("roster.csv").toString(), dir.resolve("conflicts.csv").toString(),
                "--orgs", dir.resolve("orgs.csv").toString())));
        List<VerifierRun> results = VerifierRun.runAll(runs);
        for (int i = 0; i < dirs.size(); i++) {
            VerifierRun run = results.get(i);
            String js = node(dirs.get(i));
            if (i % 3 == 0) {
                assertThat(run.exit()).as(dirs.get(i) + "\n" + run.output()).isZero();
                assertThat(run.output()).contains("OK   the draw fails as published: entity ");
                assertThat(js).as(dirs.get(i).toString()).contains("failure true").doesNotContain(" false");
            } else {
                assertThat(run.exit()).as(dirs.get(i) + "\n" + run.output()).isEqualTo(1);
                assertThat(run.output()).contains("FAIL failure: the record says entity ");
                assertThat(js).as(dirs.get(i).toString()).contains("failure false");
            }
        }
    }

    /** The published record of the failed draw, claiming {@code uscc} and {@code rule}, with its four texts and orgs.csv. */
    private Path write(Failed f, String variant, String uscc, String rule) throws IOException {
        RandomDraws.Case c = f.draw();
        DrawDefinition definition = c.definition();
        Announcement announced = DrawProtocol.announce(definition, c.secret());
        Path dir = Files.createDirectories(temp.resolve(f.failure().rule().id() + "-" + variant));
        Files.write(dir.resolve("frame.csv"), definition.frame().canonicalBytes());
        Files.write(dir.resolve("orgs.csv"), definition.frame().orgsText());
        Files.writeString(dir.resolve("roster.csv"), definition.roster().canonicalText(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("conflicts.csv"), definition.conflicts().canonicalText(), StandardCharsets.UTF_8);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("protocol", DrawProtocol.PROTOCOL);
        record.put("drawId", c.drawId());
        record.put("frameHash", announced.frameHash());
        record.put("frameSize", announced.frameSize());
        List<Map<String, Object>> strata = new ArrayList<>();
        Map<String, Integer> sizes = definition.frame().stratumSizes();
        for (StratumParams s : definition.params().strata()) {
            int size = sizes.getOrDefault(s.stratum(), 0);
            strata.add(Map.of("stratum", s.stratum(), "size", size, "ratioBp", s.ratioBp(), "min", s.min(),
                    "sample", s.sampleSize(size)));
        }
        record.put("strata", strata);
        record.put("team", c.team());
        record.put("capSlack", c.capSlack());
        record.put("crossOrg", c.crossOrg());
        record.put("paramsHash", announced.paramsHash());
        record.put("rosterHash", announced.rosterHash());
        record.put("rosterSize", announced.rosterSize());
        record.put("conflictsHash", announced.conflictsHash());
        record.put("commitment", announced.commitment());
        record.put("beacon", c.beacon());
        record.put("secret", c.secret().hex());
        record.put("seed", DrawProtocol.seed(announced, c.beacon(), c.secret()));
        record.put("orgsHash", definition.frame().orgsHash());
        record.put("status", "FAILED");
        record.put("failure", Map.of("uscc", uscc, "rule", rule));
        Files.writeString(dir.resolve("record.json"), PublishedVector.JSON.writeValueAsString(record));
        return dir;
    }

    /** static/js/draw-verify.js in Node 20 on the same files: one "check ok" line per result. */
    private static String node(Path dir) throws IOException, InterruptedException {
        Path module = Path.of("src", "main", "resources", "static", "js", "draw-verify.js").toAbsolutePath();
        String script = "import { readFileSync } from 'node:fs';\n"
                + "const { verifyDraw } = await import(" + quote(module.toUri().toString()) + ");\n"
                + "const read = (f) => readFileSync(" + quote(dir.toAbsolutePath() + "/") + " + f);\n"
                + "const results = await verifyDraw(JSON.parse(read('record.json').toString()), read('frame.csv'), "
                + "read('roster.csv'), read('conflicts.csv'), read('orgs.csv'));\n"
                + "for (const r of results) console.log(r.check + ' ' + r.ok + ' ' + r.detail);\n";
        Process p = new ProcessBuilder("node", "--input-type=module", "-e", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
