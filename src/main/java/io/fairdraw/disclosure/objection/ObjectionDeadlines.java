package io.fairdraw.disclosure.objection;

import io.fairdraw.disclosure.Objections;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link Objections} from the open objections. */
@Component
class ObjectionDeadlines implements Objections {

    private final ObjectionService service;

    ObjectionDeadlines(ObjectionService service) {
        this.service = service;
    }

    @Override
    public List<Awaiting> awaitingAnswer() {
        return service.open().stream().map(o -> new Awaiting(o.id(), o.result().recordId(), o.result().unitCode(),
                o.result().uscc(), o.result().entityName(), o.filedOn(), o.answerDue())).toList();
    }
}
