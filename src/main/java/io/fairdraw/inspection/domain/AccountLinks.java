package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspector.Inspector;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorId;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which login account acts as which directory inspector (the draw assigns directory entries,
 * people sign in with accounts). The unit's LIAISON (兵自然资发〔2020〕47号: 联络员 maintains the
 * directories) links an INSPECTOR account of the unit to an inspector of the same unit.
 */
@Service
public class AccountLinks {

    public record Link(String username, String inspectorId, String inspectorName) {
    }

    private final JdbcClient jdbc;
    private final InspectorDirectory directory;
    private final UserDetailsService users;
    private final AuditLog audit;

    AccountLinks(JdbcClient jdbc, InspectorDirectory directory, UserDetailsService users, AuditLog audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Link> ofUnit(String unitCode) {
        return jdbc.sql("SELECT a.username, a.inspector_id, i.name FROM inspection_account a JOIN inspector i "
                        + "ON i.id = a.inspector_id WHERE i.unit_code = ? ORDER BY a.username")
                .param(unitCode).query((rs, n) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Transactional
    public void link(FairdrawUser by, String username, String inspectorId) {
        requireLiaison(by);
        if (!InspectorId.isValid(inspectorId)) {
            throw new UserError("inspectorId", "inspection.accounts.inspector_unknown", inspectorId);
        }
        Inspector inspector = directory.find(InspectorId.of(inspectorId))
                .filter(i -> i.unitCode().equals(by.unitCode()))
                .orElseThrow(() -> new UserError("inspectorId", "inspection.accounts.inspector_unknown", inspectorId));
        FairdrawUser account;
        try {
            account = (FairdrawUser) users.loadUserByUsername(username == null ? "" : username.strip());
        } catch (UsernameNotFoundException e) {
            throw new UserError("username", "inspection.accounts.account_unknown", username);
        }
        if (!account.unitCode().equals(inspector.unitCode()) || !account.has(Role.INSPECTOR)) {
            throw new UserError("username", "inspection.accounts.account_unknown", username);
        }
        int inserted = jdbc.sql("INSERT INTO inspection_account (username, inspector_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(account.username(), inspector.id().value()).update();
        if (inserted == 0) {
            throw new ConflictError("inspection.accounts.taken");
        }
        audit.record(AuditEvent.of("INSPECTION_ACCOUNT_LINKED", "inspection_account", account.username(),
                inspector.id().value()));
    }

    @Transactional
    public void unlink(FairdrawUser by, String username) {
        requireLiaison(by);
        requireNoOpenVisits(username, by.unitCode());
        int removed = jdbc.sql("DELETE FROM inspection_account a USING inspector i WHERE i.id = a.inspector_id "
                + "AND a.username = ? AND i.unit_code = ?").params(username, by.unitCode()).update();
        if (removed == 0) {
            // Not a link of the caller's unit (or none at all): 404 like every out-of-scope id (DESIGN §2),
            // not a redirect that looks like success.
            throw new OutOfScopeException("inspection_account:" + username, false);
        }
        audit.record(AuditEvent.of("INSPECTION_ACCOUNT_UNLINKED", "inspection_account", username, ""));
    }

    /**
     * Issue 17 item 7: the person who visits is the person drawn. Once a draw has put the linked
     * inspector on a team, the account acting for them stays the same until every such visit is
     * approved, so nobody can swap in another login after seeing the draw. Locks the link row so a
     * concurrent relink waits for this check.
     */
    private void requireNoOpenVisits(String username, String unitCode) {
        String inspectorId = jdbc.sql("SELECT a.inspector_id FROM inspection_account a JOIN inspector i ON i.id = a.inspector_id "
                        + "WHERE a.username = ? AND i.unit_code = ? FOR UPDATE OF a").params(username, unitCode)
                .query(String.class).optional().orElse(null);
        if (inspectorId == null) {
            return;   // not a link of this unit: unlink answers 404 below
        }
        long open = jdbc.sql("SELECT count(*) FROM inspection_visit WHERE status <> 'APPROVED' AND ? = ANY(inspectors)")
                .param(inspectorId).query(Long.class).single();
        if (open > 0) {
            throw new ConflictError("inspection.accounts.open_visits", inspectorId, open);
        }
    }

    private static void requireLiaison(FairdrawUser by) {
        if (!by.has(Role.LIAISON)) {
            throw new OutOfScopeException("inspection_account", true);
        }
    }
}
