package io.fairdraw.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The draw's transitions on the aggregate alone (issue 22 item 4): every legal move and every illegal one refused. */
class DrawTest {

    private static final Instant ANNOUNCED_AT = Instant.parse("2026-04-01T01:00:00Z");
    private static final Instant OPENED_AT = Instant.parse("2026-04-02T14:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-03T02:00:00Z");
    private static final Stamp PLANNER = new Stamp(OPENED_AT, "planner.d01");
    private static final Stamp REVIEWER = new Stamp(LATER, "reviewer.d01");
    private static final TeamSlot SLOT = new TeamSlot("91650000MA78N1TE3B", "XJ-0001");

    private static Draw announced() {
        return Draw.announce(new DrawIdentity("2026-D01-T01-1", 7, "2026-D01-T01", "Task", "D01", 1),
                new Commitment(new Stamp(ANNOUNCED_AT, "planner.d01"), "c0ffee", "FC3D 2026088"),
                new AnnouncedInputs("fh", "oh", 60, "ph", "rh", 8, "ch"), new TeamRules(2, 1, true));
    }

    private static Opening executedOpening() {
        return new Opening("36142", "seed", "secret", 17, PLANNER);
    }

    private static Draw in(DrawStatus status) {
        Draw draw = announced();
        switch (status) {
            case ANNOUNCED -> { }
            case EXECUTED -> draw.execute(executedOpening());
            case FAILED -> draw.fail(executedOpening(), new Shortfall("91650000MA78N1TE3B", "cap"));
            case SUPERSEDED -> draw.supersede(LATER);
        }
        return draw;
    }

    @Test
    @DisplayName("公告后执行：状态为已执行，信标、秘密、种子和负载上限公开")
    void executeAnAnnouncedDraw() {
        Draw draw = announced();
        assertThat(draw.status()).isEqualTo(DrawStatus.ANNOUNCED);
        assertThat(draw.opened()).isFalse();
        assertThat(draw.seed()).isNull();

        draw.execute(executedOpening());

        assertThat(draw.status()).isEqualTo(DrawStatus.EXECUTED);
        assertThat(draw.executed()).isTrue();
        assertThat(draw.opened()).isTrue();
        assertThat(draw.beacon()).isEqualTo("36142");
        assertThat(draw.seed()).isEqualTo("seed");
        assertThat(draw.secret()).isEqualTo("secret");
        assertThat(draw.loadCap()).isEqualTo(17);
        assertThat(draw.executedAt()).isEqualTo(OPENED_AT);
        assertThat(draw.executedBy()).isEqualTo("planner.d01");
        assertThat(draw.failureUscc()).isNull();
    }

    @Test
    @DisplayName("公告后无法配齐检查组：状态为失败，公开信标、秘密、种子以及卡住的对象和规则，无负载上限")
    void failAnAnnouncedDraw() {
        Draw draw = announced();
        draw.fail(executedOpening(), new Shortfall("91650000MA78N1TE3B", "conflict"));

        assertThat(draw.status()).isEqualTo(DrawStatus.FAILED);
        assertThat(draw.failed()).isTrue();
        assertThat(draw.executed()).isFalse();
        assertThat(draw.opened()).isTrue();
        assertThat(draw.seed()).isEqualTo("seed");
        assertThat(draw.loadCap()).isNull();
        assertThat(draw.failureUscc()).isEqualTo("91650000MA78N1TE3B");
        assertThat(draw.failureRule()).isEqualTo("conflict");
    }

    @Test
    @DisplayName("重新公告：已公告的抽取被取代，不公开任何结果")
    void supersedeAnAnnouncedDraw() {
        Draw draw = announced();
        draw.supersede(LATER);

        assertThat(draw.status()).isEqualTo(DrawStatus.SUPERSEDED);
        assertThat(draw.supersededAt()).isEqualTo(LATER);
        assertThat(draw.opened()).isFalse();
        assertThat(draw.seed()).isNull();
    }

    @Test
    @DisplayName("执行必须带负载上限（§2b）")
    void executionNeedsItsLoadCap() {
        Draw draw = announced();
        assertThatThrownBy(() -> draw.execute(new Opening("36142", "seed", "secret", null, PLANNER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(draw.status()).isEqualTo(DrawStatus.ANNOUNCED);
    }

    static Stream<Arguments> illegalMoves() {
        Stream.Builder<Arguments> moves = Stream.builder();
        for (DrawStatus from : new DrawStatus[] {DrawStatus.EXECUTED, DrawStatus.FAILED, DrawStatus.SUPERSEDED}) {
            String key = switch (from) {
                case EXECUTED -> "draw.already_executed";
                case FAILED -> "draw.failed.final";
                default -> "draw.superseded";
            };
            moves.add(Arguments.of(from, "execute", (Consumer<Draw>) d -> d.execute(executedOpening()), key));
            moves.add(Arguments.of(from, "fail", (Consumer<Draw>) d -> d.fail(executedOpening(),
                    new Shortfall("91110000100000000A", "team")), key));
            moves.add(Arguments.of(from, "supersede", (Consumer<Draw>) d -> d.supersede(LATER), key));
        }
        return moves.build();
    }

    @ParameterizedTest(name = "{0} 不能 {1}: 409 {3}")
    @MethodSource("illegalMoves")
    @DisplayName("已执行、已失败、已取代的抽取不能再执行、失败或被取代，错误键与原来相同，状态不变")
    void illegalMovesAreRefused(DrawStatus from, String move, Consumer<Draw> transition, String key) {
        Draw draw = in(from);
        String seedBefore = draw.seed();

        assertThatThrownBy(() -> transition.accept(draw)).isInstanceOf(ConflictError.class)
                .extracting(e -> ((ConflictError) e).messageKey()).isEqualTo(key);
        assertThat(draw.status()).isEqualTo(from);
        assertThat(draw.seed()).isEqualTo(seedBefore);
    }

    @Test
    @DisplayName("重复执行的 409 说明何时由谁执行")
    void alreadyExecutedNamesWhenAndWho() {
        Draw draw = in(DrawStatus.EXECUTED);
        assertThatThrownBy(() -> draw.execute(executedOpening())).isInstanceOf(ConflictError.class)
                .extracting(e -> ((ConflictError) e).args())
                .isEqualTo(new Object[] {"2026-D01-T01-1", PublishedDraws.iso(OPENED_AT), "planner.d01"});
    }

    @ParameterizedTest
    @EnumSource(value = DrawStatus.class, names = "EXECUTED", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("只有已执行的抽取可以申请替换（其余 409 draw.not_executed）")
    void substitutionsOnlyOnAnExecutedDraw(DrawStatus status) {
        Draw draw = in(status);
        assertThatThrownBy(() -> draw.requestSubstitution(SLOT, SubstitutionReason.ILLNESS, "", PLANNER))
                .isInstanceOf(ConflictError.class)
                .extracting(e -> ((ConflictError) e).messageKey()).isEqualTo("draw.not_executed");
    }

    @Test
    @DisplayName("替换申请：待审核；批准后写入替换人；拒绝后保持公开；已决定的申请不能再决定")
    void substitutionRequestIsDecidedOnce() {
        Draw draw = in(DrawStatus.EXECUTED);
        SubstitutionRequest open = draw.requestSubstitution(SLOT, SubstitutionReason.OTHER, "surgery", PLANNER);
        assertThat(open.open()).isTrue();
        assertThat(open.status()).isEqualTo(SubstitutionRequest.REQUESTED);
        assertThat(open.drawId()).isEqualTo(draw.drawId());
        assertThat(open.in()).isNull();
        assertThat(open.decidedBy()).isNull();
        assertThat(open.publishedReason()).isEqualTo("OTHER: surgery");

        SubstitutionRequest approved = draw.approve(open, "XJ-0007", REVIEWER);
        assertThat(approved.status()).isEqualTo(SubstitutionRequest.APPROVED);
        assertThat(approved.in()).isEqualTo("XJ-0007");
        assertThat(approved.decidedAt()).isEqualTo(LATER);
        assertThat(approved.decidedBy()).isEqualTo("reviewer.d01");

        SubstitutionRequest refused = draw.refuse(open, REVIEWER);
        assertThat(refused.status()).isEqualTo(SubstitutionRequest.REFUSED);
        assertThat(refused.in()).isNull();

        for (SubstitutionRequest decided : new SubstitutionRequest[] {approved, refused}) {
            assertThatThrownBy(() -> draw.approve(decided, "XJ-0007", REVIEWER)).isInstanceOf(ConflictError.class)
                    .extracting(e -> ((ConflictError) e).messageKey()).isEqualTo("draw.substitution.decided");
            assertThatThrownBy(() -> draw.refuse(decided, REVIEWER)).isInstanceOf(ConflictError.class)
                    .extracting(e -> ((ConflictError) e).messageKey()).isEqualTo("draw.substitution.decided");
        }
    }

    @Test
    @DisplayName("另一个抽取的申请不能在本抽取上决定")
    void aRequestIsDecidedOnItsOwnDraw() {
        SubstitutionRequest other = new SubstitutionRequest(3, "2026-D01-T02-1", SLOT, SubstitutionReason.ILLNESS, "",
                PLANNER, SubstitutionRequest.Decision.PENDING);
        Draw draw = in(DrawStatus.EXECUTED);
        assertThatThrownBy(() -> draw.approve(other, "XJ-0007", REVIEWER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draw.refuse(other, REVIEWER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("申请说明：一行公开、最多 500 字；“其他”原因必须说明")
    void requestTextRules() {
        assertThat(SubstitutionRequest.oneLineText(SubstitutionReason.ILLNESS, " a\r\nb \n")).isEqualTo("a b");
        assertThat(SubstitutionRequest.oneLineText(SubstitutionReason.ILLNESS, null)).isEmpty();
        assertThatThrownBy(() -> SubstitutionRequest.oneLineText(SubstitutionReason.OTHER, "  "))
                .isInstanceOf(UserError.class).isNotInstanceOf(ConflictError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("draw.substitution.text_required");
        assertThatThrownBy(() -> SubstitutionRequest.oneLineText(SubstitutionReason.ILLNESS, "x".repeat(501)))
                .isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).field()).isEqualTo("text");
    }
}
