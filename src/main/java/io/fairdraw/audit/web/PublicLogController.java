package io.fairdraw.audit.web;

import io.fairdraw.audit.Checkpoint;
import io.fairdraw.audit.ConsistencyProof;
import io.fairdraw.audit.InclusionProof;
import io.fairdraw.audit.TransparencyLog;
import io.fairdraw.audit.domain.LogQueries;
import io.fairdraw.shared.UserError;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transparency log for everyone, without login (docs/transparency-log.md): checkpoints, the
 * public key, proofs, and per entry its leaf hash (its text only when disclosed).
 */
@RestController
class PublicLogController {

    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final TransparencyLog log;
    private final LogQueries queries;
    private final MessageSource messages;

    PublicLogController(TransparencyLog log, LogQueries queries, MessageSource messages) {
        this.log = log;
        this.queries = queries;
        this.messages = messages;
    }

    /** The latest signed checkpoint, or the latest one of {@code size} entries. */
    @GetMapping("/public/log/checkpoint")
    ResponseEntity<String> checkpoint(@RequestParam(required = false) Long size) {
        Optional<Checkpoint> c = size == null ? log.latestCheckpoint() : queries.checkpointOfSize(size);
        Checkpoint found = c.orElseThrow(() -> new UserError("size", "audit.tlog.error.no_checkpoint"));
        return ResponseEntity.ok().contentType(TEXT).body(found.note());
    }

    @GetMapping("/public/log/checkpoints.json")
    LogQueries.CheckpointPage checkpoints(@RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        return queries.checkpoints(page, size);
    }

    /** PEM by default; {@code format=note} gives the C2SP verifier key. */
    @GetMapping("/public/log/key")
    ResponseEntity<String> key(@RequestParam(required = false) String keyId,
                               @RequestParam(defaultValue = "pem") String format) {
        LogQueries.PublicKeyView key = queries.publicKey(keyId)
                .orElseThrow(() -> new UserError("keyId", "audit.tlog.error.no_checkpoint"));
        return ResponseEntity.ok().contentType(TEXT).body("note".equals(format) ? key.verifierKey() + "\n" : key.pem());
    }

    /** Without {@code size}: in the tree of the latest checkpoint, so the proof checks against it. */
    @GetMapping("/public/log/proof/inclusion")
    InclusionProof inclusion(@RequestParam long seq, @RequestParam(required = false) Long size) {
        long treeSize = size != null ? size : log.latestCheckpoint().map(Checkpoint::size)
                .orElseThrow(() -> new UserError("size", "audit.tlog.error.no_checkpoint"));
        return log.inclusionProof(seq, treeSize);
    }

    @GetMapping("/public/log/proof/consistency")
    ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
        return log.consistencyProof(from, to);
    }

    @GetMapping("/public/log/entries/{seq}")
    LogQueries.PublicEntry entry(@PathVariable long seq) {
        return queries.publicEntry(seq).orElseThrow(() -> new UserError("seq", "audit.tlog.error.not_found", seq));
    }

    /** JSON errors here too (the shared error pages are HTML outside /api). */
    @ExceptionHandler(UserError.class)
    ResponseEntity<Map<String, Object>> userError(UserError e, Locale locale) {
        HttpStatus status = e.messageKey().endsWith("not_found") || e.messageKey().endsWith("no_checkpoint")
                ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("code", e.messageKey());
        body.put("message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        body.put("field", e.field());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
