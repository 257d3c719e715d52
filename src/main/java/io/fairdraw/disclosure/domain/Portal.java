package io.fairdraw.disclosure.domain;

import io.fairdraw.shared.Refreshing;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side: published results only (一公开), in pages, per entity, or streamed as open data. */
@Service
public class Portal {

    public static final int PAGE_SIZE = 20;
    /** Counts stop here; the portal shows "1000+" (an exact count over a million rows per request is not affordable). */
    public static final int COUNT_CAP = 1000;
    /**
     * A name search reads up to this many matches through the bigram index to count them and sort its
     * page: more are dense enough to be found newest first, where fewer are found faster this way
     * (bench/portal/README.md).
     */
    static final int MATCH_PROBE = 5000;

    /** {@code count} is exact up to {@link #COUNT_CAP} ({@code countCapped} beyond it); -1 when not asked for. */
    public record Page(List<PublicResult> rows, String next, int count, boolean countCapped) {
    }

    private final PublishedResultRepository repository;

    Portal(PublishedResultRepository repository) {
        this.repository = repository;
        this.years = new Refreshing<>(Duration.ofMinutes(1), () -> List.copyOf(repository.publishedYears()));
    }

    public Page search(ResultQuery q) {
        return search(q, PAGE_SIZE, true);
    }

    /**
     * No transaction: each statement reads committed rows on its own (autocommit), and a count that
     * is a moment older than its page is harmless on a public list; a transaction only added its
     * BEGIN, COMMIT and connection resets to every portal request.
     */
    public Page search(ResultQuery q, int size, boolean count) {
        List<PublicResult> rows;
        int n = -1;
        if (count && PublishedResultRepository.nameSearch(q)) {
            // A rare fragment (the usual search for a firm's name) is counted and paged in one pass over
            // its matches; only a common one, whose newest matches are dense, looks at the newest rows.
            var few = repository.fewMatches(q, size + 1, MATCH_PROBE);
            if (few.isPresent()) {
                rows = few.get().rows();
                n = few.get().count();
            } else {
                rows = repository.page(q, size + 1);
                n = MATCH_PROBE + 1;
            }
        } else {
            rows = repository.page(q, size + 1);
        }
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            PublicResult last = rows.get(size - 1);
            next = last.publishedOn() + "." + last.id();
        }
        if (!count) {
            return new Page(List.copyOf(rows), next, -1, false);
        }
        if (n < 0) {
            // A first page that holds every match is its own count (a code search, mostly): no query.
            n = q.cursor() == null && next == null ? rows.size() : repository.countUpTo(q, COUNT_CAP + 1);
        }
        return new Page(List.copyOf(rows), next, Math.min(n, COUNT_CAP), n > COUNT_CAP);
    }

    @Transactional(readOnly = true)
    public void each(ResultQuery q, Consumer<PublicResult> out) {
        repository.each(q, out);
    }

    @Transactional(readOnly = true)
    public boolean hasPublished(String uscc) {
        return repository.anyPublished(uscc);
    }

    /**
     * Years with published results, for the filter: kept for a minute (a DISTINCT over the
     * published records on every list request would cost more than the list itself), reloaded by
     * one request while the others keep the current list.
     */
    public List<Integer> years() {
        return years.get();
    }

    private final Refreshing<List<Integer>> years;
}
