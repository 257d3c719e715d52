package io.fairdraw.draw.protocol;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of executing a draw (FD-DRAW-1 §2): the seed, every stratum with its sample size,
 * and the selected entities in selection order, each with its team. {@code cap} is the §2b load
 * cap that was applied ({@code ceil(T * selected / roster_size) + K}; 0 for an empty roster): not
 * part of the §4 record, since anyone can derive it, but worth showing next to the teams.
 */
public record DrawResult(String seed, int cap, List<StratumOutcome> strata, List<SelectedEntity> selected) {

    public DrawResult {
        strata = List.copyOf(strata);
        selected = List.copyOf(selected);
    }

    public Optional<SelectedEntity> entity(String uscc) {
        return selected.stream().filter(e -> e.uscc().equals(uscc)).findFirst();
    }
}
