package vn.langso.household;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;
import vn.langso.common.RaceRetry;
import vn.langso.security.AppRoles;

/**
 * Where phones hand in visits. The same visit sent twice at the same moment (a double tap, two tabs, a retry on a
 * slow line) makes the second insert hit the unique id: it is tried again in a new transaction, finds the first,
 * and is answered as a duplicate. A database that is down is not the visit's fault: the exception goes back, the
 * phone keeps the visit and tries later.
 */
@Component
public class VisitInbox {

    private final VisitService visits;

    VisitInbox(VisitService visits) {
        this.visits = visits;
    }

    @RolesAllowed(AppRoles.TEAM_MEMBER)
    public VisitReceipt receive(VisitSubmission visit) {
        return RaceRetry.run(() -> visits.record(visit));
    }
}
