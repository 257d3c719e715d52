package io.fairdraw.registry.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.registry.engine.KnownEntities;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scope;
import io.fairdraw.organization.Scopes;
import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.Actor;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.shared.XlsxTable;
import io.fairdraw.spreadsheet.XlsxLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of entities (DESIGN.md §5): every row validated, rejected rows reported with
 * row/column/reason, valid rows upserted by code in one transaction together with the import
 * record, its rejected rows and one audit entry. Only the caller's writable units are accepted.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportStore store;
    private final ImportRecords records;
    private final ImportTracker tracker;
    private final Organization organization;
    private final Scopes scopes;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final TaskExecutor executor;
    /** What an uploaded workbook may hold (issue 18): Excel's own limits, and the configured bound on inflated bytes. */
    private final XlsxLimits limits;

    ImportService(ImportStore store, ImportRecords records, ImportTracker tracker, Organization organization,
                  Scopes scopes, AuditLog audit, MessageSource messages, PlatformTransactionManager txManager,
                  @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
                  @org.springframework.beans.factory.annotation.Value("${fairdraw.import.max-inflated-bytes:2GB}")
                  org.springframework.util.unit.DataSize maxInflated) {
        this.store = store;
        this.records = records;
        this.tracker = tracker;
        this.organization = organization;
        this.scopes = scopes;
        this.audit = audit;
        this.messages = messages;
        this.tx = new TransactionTemplate(txManager);
        this.executor = executor;
        this.limits = XlsxLimits.excel(maxInflated.toBytes());
    }

    /** Who imports and what they may write, captured on the request thread. */
    private record Caller(String username, String unitCode, Scope scope) {
    }

    /** A file that passed the type and header checks, ready to run. */
    private record Prepared(long id, String fileName, RowSource source, RowValidator validator, Caller caller,
                            ImportLabels labels, long openedNanos) {
    }

    /** Imports now and returns the result (the API). The file is the caller's to delete. */
    public ImportResult importNow(Path file, String fileName, Locale locale) {
        Prepared p = prepare(file, fileName, locale);
        return execute(p);
    }

    /**
     * Checks the file's type and header now (a bad file is refused at once), then imports in the
     * background; poll {@link #progress}. Takes ownership of the file and deletes it at the end.
     */
    public long start(Path file, String fileName, Locale locale) {
        Prepared p;
        try {
            p = prepare(file, fileName, locale);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
        tracker.started(p.id(), p.caller().unitCode());
        executor.execute(() -> {
            try {
                execute(p);
            } catch (BadFileException | ConflictError e) {
                tracker.failed(p.id(), p.labels().message(e.messageKey(), e.args()));
            } catch (RuntimeException e) {
                // Logged and recorded by execute(); the page shows the failure.
            } finally {
                deleteQuietly(file);
            }
        });
        return p.id();
    }

    /** Progress of an import started on this node, if the current actor may read its unit. */
    public Optional<ImportProgress> progress(long id) {
        Scope scope = scopes.current();
        String unit = tracker.unitOf(id);
        return unit != null && scope.canRead(unit) ? tracker.get(id) : Optional.empty();
    }

    /** An import the current actor may read. */
    public Optional<ImportRecord> find(long id) {
        Scope scope = scopes.current();
        return records.find(id).filter(r -> scope.canRead(r.unitCode()));
    }

    public List<ImportRecord> recent(int limit) {
        return records.recent(scopes.current().readableArrayOrNull(), limit);
    }

    public List<RejectedRow> errors(long id, int limit) {
        List<RejectedRow> out = new ArrayList<>();
        find(id).ifPresent(r -> records.forEachError(id, limit, out::add));
        return out;
    }

    /** The rejected rows with their original cells, then 行号, 错误列, 错误原因 (re-importable once fixed). */
    public boolean writeErrorReport(long id, OutputStream out, Locale locale) throws IOException {
        if (find(id).isEmpty()) {
            return false;
        }
        ImportLabels labels = new ImportLabels(messages, locale);
        List<String> headers = new ArrayList<>(labels.headers());
        headers.add(labels.label("registry.import.report.row"));
        headers.add(labels.label("registry.import.report.columns"));
        headers.add(labels.label("registry.import.report.reasons"));
        try (XlsxTable t = new XlsxTable(out, labels.label("registry.import.report.sheet"), headers)) {
            records.forEachError(id, Integer.MAX_VALUE, r -> {
                List<Object> cells = new ArrayList<>(r.original());
                cells.add(r.row());
                cells.add(String.join(labels.message("registry.list_separator"), r.columns()));
                cells.add(String.join(" ", r.messages()));
                t.add(cells);
            });
        }
        return true;
    }

    /** An empty template: the contract's headers and one example row. */
    public void writeTemplate(OutputStream out, Locale locale) throws IOException {
        ImportLabels labels = new ImportLabels(messages, locale);
        try (XlsxTable t = new XlsxTable(out, labels.label("registry.import.template.sheet"), labels.headers())) {
            t.add(List.of(UnifiedSocialCreditCode.random(new SplittableRandom(2026), "659001").value(),
                    labels.label("registry.import.template.example_name"),
                    labels.label("registry.import.template.example_type"), labels.label("field.LAND"),
                    Actor.current().map(Actor::unitCode).orElse(""),
                    labels.label("registry.import.template.example_address"),
                    labels.label("registry.import.template.example_person"), "",
                    labels.label("registry.status.ACTIVE"), ""));
        }
    }

    /** 各单位联络员 import; the import page is theirs (DESIGN.md §2), other roles get 403. */
    public void requireImporter() {
        Actor actor = Actor.current().orElseThrow(() -> new OutOfScopeException(null, false));
        if (!(actor instanceof FairdrawUser user && user.has(Role.LIAISON))) {
            throw new OutOfScopeException(actor.unitCode(), true);
        }
    }

    private Prepared prepare(Path file, String fileName, Locale locale) {
        Scope scope = scopes.current();
        Actor actor = Actor.current().orElseThrow(() -> new IllegalStateException("import needs a signed-in actor"));
        // 各单位联络员 maintain their unit's entities; other roles only read them.
        if (!(actor instanceof FairdrawUser user && user.has(Role.LIAISON))) {
            throw new OutOfScopeException(actor.unitCode(), true);
        }
        ImportLabels labels = new ImportLabels(messages, locale);
        SourceRow header = new SourceRow();
        long t0 = System.nanoTime();
        RowSource source = ImportFiles.open(file, fileName, header, limits);
        long opened = System.nanoTime() - t0;
        try {
            int[] index = RowValidator.mapHeader(header, labels);
            Set<String> units = organization.units().stream().map(Organization.UnitView::code)
                    .collect(Collectors.toUnmodifiableSet());
            RowValidator validator = new RowValidator(labels, index, units, scope::canWrite, actor.unitCode());
            long id = store.nextImportId();
            return new Prepared(id, clip(fileName), source, validator,
                    new Caller(actor.username(), actor.unitCode(), scope), labels, opened);
        } catch (RuntimeException e) {
            try {
                source.close();
            } catch (IOException ignored) {
                // refusing anyway
            }
            throw e;
        }
    }

    private ImportResult execute(Prepared p) {
        Caller caller = p.caller();
        Set<String> writable = organization.units().stream().map(Organization.UnitView::code)
                .filter(caller.scope()::canWrite).collect(Collectors.toUnmodifiableSet());
        try (RowSource source = p.source()) {
            ImportResult result = tx.execute(status -> {
                store.begin(p.id(), p.fileName(), caller.unitCode(), caller.username());
                ImportPipeline pipeline = new ImportPipeline(source, p.validator(),
                        new ChunkEncoder(caller.username(), p.id()));
                ChunkWriter writer = new ChunkWriter(store, p.labels(), writable, p.id(), caller.username());
                ImportPipeline.Totals totals = pipeline.run(new ImportPipeline.Sink() {
                    @Override
                    public KnownEntities known() {
                        return store.known();
                    }

                    @Override
                    public List<RejectedRow> merge(ImportPipeline.Chunk chunk) {
                        return writer.write(chunk);
                    }

                    @Override
                    public void store(List<RejectedRow> rejected) {
                        store.storeErrors(p.id(), rejected);
                    }

                    @Override
                    public void progress(double fraction, int rowsRead) {
                        tracker.update(p.id(), fraction, rowsRead);
                    }
                }, "registry-import-" + p.id());
                log.info("Import {}: {} rows in {} ms after {} ms reading the file's strings; {} ms reading the "
                                + "registry, database thread waited {} ms for the parser", p.id(), totals.total,
                        totals.elapsedNanos / 1_000_000, p.openedNanos() / 1_000_000, totals.knownNanos / 1_000_000,
                        totals.waitNanos / 1_000_000);
                if (totals.total == 0) {
                    throw new BadFileException("registry.import.no_rows");
                }
                int[] merged = {writer.inserted, writer.updated};
                int unchanged = writer.unchanged;
                store.finish(p.id(), totals.total, merged[0], merged[1], unchanged, totals.rejected);
                audit.record(AuditEvent.of("REGISTRY_IMPORTED", "registry_import", String.valueOf(p.id()),
                        p.fileName() + ": total " + totals.total + ", inserted " + merged[0] + ", updated " + merged[1]
                                + ", unchanged " + unchanged + ", rejected " + totals.rejected)
                        .by(caller.username(), caller.unitCode()));
                return new ImportResult(p.id(), totals.total, merged[0], merged[1], unchanged, totals.rejected,
                        List.copyOf(totals.first));
            });
            tracker.done(p.id(), result);
            return result;
        } catch (BadFileException | ConflictError e) {
            throw e; // the user's file, or another import still running: nothing stored, the answer says why
        } catch (IOException | RuntimeException e) {
            log.error("Import {} of {} failed", p.id(), p.fileName(), e);
            String message = p.labels().message("registry.import.failed");
            tracker.failed(p.id(), message);
            tx.executeWithoutResult(s -> records.recordFailure(p.id(), p.fileName(), caller.unitCode(),
                    caller.username(), String.valueOf(e.getMessage())));
            throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
        }
    }

    private static String clip(String fileName) {
        // The browser's file name is only a label: keep its last segment so "../../x.csv" or
        // "C:\\x.csv" never looks like a path (it is never used as one: uploads go to a temp file).
        String n = fileName == null ? "" : fileName.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1).replace("\0", "").strip();
        n = n.isEmpty() || n.equals("..") || n.equals(".") ? "upload" : n;
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}", file, e);
        }
    }


}
