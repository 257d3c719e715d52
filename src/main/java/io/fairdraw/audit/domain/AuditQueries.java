package io.fairdraw.audit.domain;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the log for the AUDITOR/ADMIN browser and its export. */
@Service
public class AuditQueries {

    private final AuditRepository repository;

    AuditQueries(AuditRepository repository) {
        this.repository = repository;
    }

    public record Page(List<AuditRow> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional(readOnly = true)
    public Page find(AuditFilter filter, int page, int size) {
        int p = Math.max(0, page);
        return new Page(repository.find(filter, p * size, size), repository.count(filter), p, size);
    }

    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditRow> consumer) {
        repository.forEachMatching(filter, consumer);
    }
}
