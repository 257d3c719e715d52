package io.fairdraw.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.credit.CreditEvents;
import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.exchange.domain.Deliveries;
import io.fairdraw.exchange.domain.OutboxSender;
import io.fairdraw.exchange.domain.Receivers;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.MovableClock;
import io.fairdraw.support.OfficialCalendar;
import io.fairdraw.support.WebClient;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 20 acceptance 2: the outbox delivered to a real HTTP server (the JDK's HttpServer) that fails
 * then recovers, times out, and answers after the client gave up; nothing lost, nothing applied twice.
 * The sender is called directly and the clock moved past the backoff (no scheduler, no waiting).
 */
@AppIT
class OutboxDeliveryIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxSender sender;
    @Autowired Receivers receivers;
    @Autowired Deliveries deliveries;
    @Autowired MovableClock clock;
    @LocalServerPort int port;

    private final List<Long> receiverIds = new ArrayList<>();
    private final List<ReceiverServer> servers = new ArrayList<>();

    @AfterEach
    void tearDown() {
        clock.reset();
        // the context is shared: no receiver of this class takes later classes' messages
        receiverIds.forEach(id -> jdbc.sql("UPDATE exchange_receiver SET enabled = FALSE WHERE id = ?").param(id).update());
        servers.forEach(ReceiverServer::close);
    }

    @Test
    @DisplayName("消息与引起它的变更在同一事务中写入：回滚则无消息，提交则有；事务外发布被拒绝")
    void messageCommitsAndRollsBackWithTheChange() {
        String rolledBack = uscc();
        tx.executeWithoutResult(s -> {
            publishClassChange(rolledBack);
            assertThat(messages(rolledBack)).isEqualTo(1);
            s.setRollbackOnly();
        });
        assertThat(messages(rolledBack)).isZero();

        String committed = uscc();
        tx.executeWithoutResult(s -> publishClassChange(committed));
        assertThat(messages(committed)).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("SELECT type, payload FROM exchange_message WHERE subject = ?")
                .param(committed).query().singleRow();
        assertThat(row.get("type")).isEqualTo("CREDIT_CLASS_CHANGED");
        assertThat((String) row.get("payload")).contains("\"schema\":\"fairdraw.exchange/1\"")
                .contains("\"type\":\"CREDIT_CLASS_CHANGED\"").contains("\"uscc\":\"" + committed + "\"")
                .contains("\"toClass\":\"C\"");

        assertThatThrownBy(() -> publishClassChange(uscc())).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @DisplayName("接收方先失败后恢复：按退避重试后全部送达，每条只应用一次，签名均有效")
    void receiverFailsThenRecovers() throws Exception {
        ReceiverServer server = server(10_000);
        server.mode = ReceiverServer.Mode.DOWN;
        List<UUID> ids = List.of(commit(), commit(), commit());

        assertThat(sender.sendDue()).isEqualTo(3);
        assertThat(status(ids.get(0))).isEqualTo("PENDING");
        assertThat(sender.sendDue()).as("not due before the backoff").isZero();

        server.mode = ReceiverServer.Mode.OK;
        clock.advance(sender.backoff(1).plusSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(3);
        ids.forEach(id -> assertThat(status(id)).isEqualTo("DELIVERED"));
        assertThat(attempts(ids.get(0))).isEqualTo(2);
        assertThat(server.applied.keySet()).containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
        assertThat(server.received).hasSize(6);
        assertThat(server.badSignatures).hasValue(0);
        assertThat(server.applied.get(ids.get(1).toString())).contains("\"id\":\"" + ids.get(1) + "\"");
    }

    @Test
    @DisplayName("接收方超时：达到最大次数后标记失败，管理员重试后送达一次")
    void receiverTimesOutUntilFailedThenAdminRetries() throws Exception {
        ReceiverServer server = server(300);
        server.mode = ReceiverServer.Mode.HANG;
        UUID id = commit();
        for (int i = 1; i <= sender.maxAttempts(); i++) {
            assertThat(sender.sendDue()).as("attempt " + i).isEqualTo(1);
            clock.advance(sender.backoffCap().plusSeconds(1));
        }
        assertThat(status(id)).isEqualTo("FAILED");
        assertThat(attempts(id)).isEqualTo(sender.maxAttempts());
        assertThat(jdbc.sql("SELECT last_error FROM exchange_delivery WHERE message_id = ?").param(id)
                .query(String.class).single()).contains("Timeout");
        assertThat(sender.sendDue()).as("FAILED is not retried by itself").isZero();
        assertThat(server.applied).isEmpty();

        server.mode = ReceiverServer.Mode.OK;
        deliveries.retry(id, receiverIds.get(0));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(server.applied.keySet()).containsExactly(id.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT action, target_id FROM audit_entry UNION ALL "
                + "SELECT action, target_id FROM audit_pending) a WHERE action = 'EXCHANGE_DELIVERY_RETRIED' "
                + "AND target_id = ?").param(id + "/" + receiverIds.get(0)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("接收方应用后才迟迟应答（客户端已超时）：同一消息再送一次，接收方按幂等键只应用一次")
    void receiverAnswersAfterTheTimeoutAndGetsTheMessageTwice() throws Exception {
        ReceiverServer server = server(300);
        server.mode = ReceiverServer.Mode.APPLY_THEN_LATE;
        UUID id = commit();
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("PENDING");

        clock.advance(sender.backoff(1).plusSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(server.received).containsExactly(id.toString(), id.toString());
        assertThat(server.applied).hasSize(1).containsKey(id.toString());
        assertThat(server.badSignatures).hasValue(0);
    }

    @Test
    @DisplayName("结果公示写 RESULT_PUBLISHED（含批准时的事项结果），更正公示写 RESULT_CORRECTED 并指明被更正的记录")
    void publishedResultAndCorrectionReachTheOutbox() {
        String uscc = "91659B" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L);
        long a = 7_700_000_000L + System.nanoTime() % 1_000_000 * 10;
        long b = a + 1;
        approve(a, null, uscc, LocalDate.of(2002, 11, 4), ResultCategory.PENDING_FOLLOW_UP);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/records/" + a + "/publish", Map.of()).statusCode()).isEqualTo(302);
        approve(b, a, uscc, LocalDate.of(2002, 11, 25), ResultCategory.CORRECTED);
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/records/" + b + "/publish", Map.of()).statusCode()).isEqualTo(302);

        Map<String, Object> first = jdbc.sql("SELECT type, payload FROM exchange_message WHERE subject = ?")
                .param(String.valueOf(a)).query().singleRow();
        assertThat(first.get("type")).isEqualTo("RESULT_PUBLISHED");
        assertThat((String) first.get("payload")).contains("\"uscc\":\"" + uscc + "\"")
                .contains("\"entityName\":\"归集测试公司\"").contains("\"category\":\"PENDING_FOLLOW_UP\"")
                .contains("\"correctsRecordId\":null").contains("\"publishedOn\":");
        Map<String, Object> second = jdbc.sql("SELECT type, payload FROM exchange_message WHERE subject = ?")
                .param(String.valueOf(b)).query().singleRow();
        assertThat(second.get("type")).isEqualTo("RESULT_CORRECTED");
        assertThat((String) second.get("payload")).contains("\"correctsRecordId\":" + a)
                .contains("\"category\":\"CORRECTED\"");
    }

    /** An approval as the inspection module publishes it (as disclosure's PublicationIT does). */
    private void approve(long recordId, Long corrects, String uscc, LocalDate on, ResultCategory category) {
        var e = new InspectionEvents.ResultApproved(recordId, corrects,
                new InspectionEvents.ResultApproved.Task(880202, "归集测试任务", 2002, "D01"),
                new InspectionEvents.ResultApproved.Visited(recordId, "2002-D01-T99-1", uscc, "归集测试公司", "LAND",
                        List.of("检查员甲乙丙"), on.minusDays(3)),
                new InspectionEvents.ResultApproved.Approval("reviewer.d01", Instant.parse(on + "T02:00:00Z"), on),
                List.of(new InspectionEvents.ItemResult("TST-ITEM-1", 1, "土地利用检查", "D01", category,
                        category.problem() ? Disposal.RECTIFY_TRACKED : Disposal.NONE)),
                new InspectionEvents.ResultApproved.Publication(on, OfficialCalendar.publicationDue(on)));
        tx.executeWithoutResult(s -> events.publishEvent(e));
    }

    private ReceiverServer server(int timeoutMs) throws Exception {
        ReceiverServer server = new ReceiverServer("exchange-it-secret-0123456789abcdef-" + SEQ.incrementAndGet());
        servers.add(server);
        receiverIds.add(receivers.save(new Receivers.Form(null, "IT receiver " + UUID.randomUUID(), server.url(),
                server.secret, true, Set.of("CREDIT_CLASS_CHANGED"), timeoutMs)));
        return server;
    }

    private UUID commit() {
        String uscc = uscc();
        tx.executeWithoutResult(s -> publishClassChange(uscc));
        return jdbc.sql("SELECT id FROM exchange_message WHERE subject = ?").param(uscc).query(UUID.class).single();
    }

    private void publishClassChange(String uscc) {
        events.publishEvent(new CreditEvents.ClassChanged(uscc, "B", "C", "EXCHANGE_IT", null, LocalDate.of(2002, 5, 6)));
    }

    private static String uscc() {
        return "EXIT" + System.nanoTime();
    }

    private long messages(String subject) {
        return jdbc.sql("SELECT count(*) FROM exchange_message WHERE subject = ?").param(subject).query(Long.class).single();
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status FROM exchange_delivery WHERE message_id = ?").param(id).query(String.class).single();
    }

    private int attempts(UUID id) {
        return jdbc.sql("SELECT attempts FROM exchange_delivery WHERE message_id = ?").param(id).query(Integer.class).single();
    }
}
