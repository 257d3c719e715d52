package io.fairdraw.exchange.filedrop;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.shared.Actor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One day's drop: writes the files ({@link FileDropWriter}), then records the drop and its audit
 * entry in one transaction (DESIGN.md §6: the change and its audit entry commit together). A failed
 * drop is recorded too, with its error, so ADMIN sees it and can run the day again. Runs of the same
 * day are harmless in any number: each replaces the day's files whole and the day's one row.
 */
@Service
public class FileDropService {

    private static final Logger LOG = LoggerFactory.getLogger(FileDropService.class);
    /** The receiving system is Chinese: headers and labels in zh-CN, whatever the reader's locale. */
    static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final FileDropSource source;
    private final FileDropSettings settings;
    private final FileDropRepository repository;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    FileDropService(FileDropSource source, FileDropSettings settings, FileDropRepository repository,
                    MessageSource messages, AuditLog audit, TransactionTemplate tx, Clock clock) {
        this.source = source;
        this.settings = settings;
        this.repository = repository;
        this.messages = messages;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public FileDropSettings settings() {
        return settings;
    }

    /** The configured columns, resolved (for the ADMIN page and the documentation). */
    public List<ColumnMapping.Column> columns() {
        return ColumnMapping.parse(settings.columns(), labels()).columns();
    }

    public FileDrop drop(LocalDate day) {
        return drop(day, settings);
    }

    FileDrop drop(LocalDate day, FileDropSettings s) {
        Instant started = clock.instant();
        String runBy = Actor.current().map(Actor::username).orElse("system");
        FileDrop result;
        try {
            FileDropLabels labels = labels();
            FileDropWriter.Written w = FileDropWriter.write(s.directory(), s.prefix(), day, s.formats(),
                    ColumnMapping.parse(s.columns(), labels), labels.text("exchange.filedrop.sheet", "results"),
                    labels, source);
            result = new FileDrop(day, FileDrop.Status.WRITTEN,
                    w.files().stream().map(p -> p.getFileName().toString()).toList(), w.rows(), null, 1, started,
                    clock.instant(), runBy);
        } catch (IOException | RuntimeException e) {
            LOG.warn("File drop for {} into {} failed", day, s.directory(), e);
            result = new FileDrop(day, FileDrop.Status.FAILED, List.of(), 0, describe(e, s.directory()), 1, started,
                    clock.instant(), runBy);
        }
        FileDrop done = result;
        return tx.execute(t -> {
            FileDrop saved = repository.save(done);
            audit.record(AuditEvent.of(done.failed() ? "FILE_DROP_FAILED" : "FILE_DROP_WRITTEN", "file_drop",
                    day.toString(), done.failed() ? done.error()
                            : done.rows() + " rows: " + String.join(", ", done.files())));
            return saved;
        });
    }

    public List<FileDrop> recent(int limit) {
        return repository.recent(limit);
    }

    java.util.Optional<LocalDate> lastWritten() {
        return repository.lastWritten();
    }

    private FileDropLabels labels() {
        return (key, fallback) -> messages.getMessage(key, null, fallback, LANGUAGE);
    }

    private static String describe(Exception e, Path directory) {
        String m = e.getClass().getSimpleName() + ": " + e.getMessage();
        m = directory + " " + m;
        return m.length() > 1000 ? m.substring(0, 1000) : m;
    }
}
