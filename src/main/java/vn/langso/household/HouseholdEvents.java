package vn.langso.household;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the rest of the app, inside the same transaction, how a change moved a village's figures. */
@Component
class HouseholdEvents {

    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    HouseholdEvents(ApplicationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    void added(Household household) {
        changed(HouseholdFigures.none(household.getVillageId()), household, today());
    }

    void changed(HouseholdFigures before, Household household) {
        changed(before, household, today());
    }

    void changed(HouseholdFigures before, Household household, LocalDate on) {
        HouseholdFigures after = HouseholdFigures.of(household);
        if (!after.equals(before)) {
            publisher.publishEvent(new HouseholdFiguresChanged(before, after, on));
        }
    }

    void visited(Visit visit) {
        publisher.publishEvent(new VisitCounted(visit.getVillageId(), visit.getVisitedOn()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HouseholdService.VIETNAM);
    }
}
