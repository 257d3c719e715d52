package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tools.jackson.databind.JsonNode;

/**
 * Every checked-in vector (the shared {@code small} one and ours) is reproduced exactly from its
 * csv files and the parameters in its record: hashes, commitment, seed, sample sizes, tickets,
 * selection order, every team and every substitution.
 */
class PublishedVectorTest {

    static final List<String> NAMES = PublishedVector.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void canonicalTextsAreTheFilesByteForByte(String name) {
        PublishedVector vector = PublishedVector.load(name);
        DrawDefinition definition = vector.definition();
        assertThat(new String(definition.frame().canonicalBytes(), StandardCharsets.US_ASCII)).isEqualTo(vector.frameText());
        assertThat(definition.roster().canonicalText()).isEqualTo(vector.rosterText());
        assertThat(definition.conflicts().canonicalText()).isEqualTo(vector.conflictsText());
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void announcementIsReproduced(String name) {
        PublishedVector vector = PublishedVector.load(name);
        assertThat(DrawProtocol.announce(vector.definition(), vector.secret())).isEqualTo(vector.announcement());
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void executionIsReproduced(String name) {
        PublishedVector vector = PublishedVector.load(name);
        DrawResult result = DrawProtocol.execute(vector.definition(), vector.announcement(), vector.text("beacon"),
                vector.secret());

        assertThat(result.seed()).isEqualTo(vector.text("seed"));
        List<StratumOutcome> strata = new ArrayList<>();
        vector.record().get("strata").values().forEach(s -> strata.add(new StratumOutcome(s.get("stratum").stringValue(),
                s.get("size").asInt(), s.get("ratioBp").asInt(), s.get("min").asInt(), s.get("sample").asInt())));
        assertThat(result.strata()).isEqualTo(strata);
        List<SelectedEntity> selected = new ArrayList<>();
        for (JsonNode e : vector.record().get("selected").values()) {
            List<String> team = new ArrayList<>();
            e.get("inspectors").values().forEach(i -> team.add(i.stringValue()));
            selected.add(new SelectedEntity(e.get("uscc").stringValue(), e.get("stratum").stringValue(),
                    e.get("ticket").stringValue(), e.get("orgCode").stringValue(), team));
        }
        assertThat(result.selected()).containsExactlyElementsOf(selected);
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void substitutionsAreReproduced(String name) {
        PublishedVector vector = PublishedVector.load(name);
        DrawDefinition definition = vector.definition();
        DrawResult result = DrawProtocol.execute(definition, vector.announcement(), vector.text("beacon"), vector.secret());
        List<Substitution> replayed = new ArrayList<>();
        for (Substitution published : vector.substitutions()) {
            assertThat(DrawProtocol.substitute(definition, result, replayed, published.uscc(), published.out()))
                    .isEqualTo(published);
            replayed.add(published);
        }
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void naiveReferenceAgrees(String name) {
        PublishedVector vector = PublishedVector.load(name);
        DrawDefinition definition = vector.definition();
        DrawParams params = definition.params();
        VerifyReference.Result reference = VerifyReference.run(definition.drawId(), definition.frame().entries(),
                params.strata(), params.team(), params.capSlack(), params.crossOrg(), definition.roster().entries(),
                definition.conflicts().pairs(), vector.text("beacon"), vector.text("secret"));
        DrawResult result = DrawProtocol.execute(definition, vector.announcement(), vector.text("beacon"), vector.secret());
        assertThat(reference.failure()).isNull();
        assertThat(reference.seed()).isEqualTo(result.seed());
        assertThat(result.selected()).extracting(SelectedEntity::uscc).containsExactlyElementsOf(reference.order());
        result.selected().forEach(e -> assertThat(e.inspectors()).isEqualTo(reference.teams().get(e.uscc())));
        assertThat(result.cap()).isEqualTo(reference.cap());
    }
}
