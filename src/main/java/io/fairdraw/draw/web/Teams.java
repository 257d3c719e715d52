package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.PublishedDraw;
import io.fairdraw.draw.domain.SubstitutionEvent;
import io.fairdraw.draw.protocol.SelectedEntity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each selected entity's team after the substitutions (FD-DRAW-1 §3: the substitute takes the place). */
final class Teams {

    private Teams() {
    }

    static Map<String, List<String>> current(PublishedDraw draw) {
        Map<String, List<String>> teams = new LinkedHashMap<>();
        for (SelectedEntity e : draw.selected()) {
            teams.put(e.uscc(), new ArrayList<>(e.inspectors()));
        }
        for (SubstitutionEvent s : draw.substitutions()) {
            List<String> team = teams.get(s.uscc());
            int position = team == null ? -1 : team.indexOf(s.out());
            if (position >= 0) {
                team.set(position, s.in());
            }
        }
        return teams;
    }
}
