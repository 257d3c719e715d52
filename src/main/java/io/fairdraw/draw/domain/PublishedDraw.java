package io.fairdraw.draw.domain;

import io.fairdraw.draw.protocol.SelectedEntity;
import io.fairdraw.draw.protocol.StratumOutcome;
import java.util.List;

/**
 * Everything FD-DRAW-1 §4 publishes about one draw, plus the task's items. Before execution
 * {@code selected} and {@code substitutions} are empty and the draw has no secret or seed.
 */
public record PublishedDraw(Draw draw, List<StratumOutcome> strata, List<DrawItem> items,
                            List<SelectedEntity> selected, List<SubstitutionEvent> substitutions) {
}
