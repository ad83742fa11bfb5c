package vn.langso.household;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import vn.langso.security.AppRoles;

/**
 * Where phones hand in visits. The same visit sent twice at the same moment (a double tap, two tabs, a retry on a
 * slow line) makes the second insert hit the unique id: it is tried again in a new transaction, finds the first,
 * and is answered as a duplicate. A database that is down is not the visit's fault: the exception goes back, the
 * phone keeps the visit and tries later.
 */
@Component
public class VisitInbox {

    private static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(VisitInbox.class);

    private final VisitService visits;

    VisitInbox(VisitService visits) {
        this.visits = visits;
    }

    @RolesAllowed(AppRoles.TEAM_MEMBER)
    public VisitReceipt receive(VisitSubmission visit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return visits.record(visit);
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                log.debug("Visit {} raced another request, trying again", visit.clientId());
            }
        }
    }
}
