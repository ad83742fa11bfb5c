package vn.langso.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Internet;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitService;
import vn.langso.household.VisitSubmission;

/**
 * A few weeks of visits in the demo team member's own village, made through the visit service as the member, so
 * that the demo member's worklist is what the service keeps (about half of it visited, the rest never).
 */
@Component
class DemoHouseholds {

    private final HouseholdService households;
    private final VisitService visits;
    private final Clock clock;

    DemoHouseholds(HouseholdService households, VisitService visits, Clock clock) {
        this.households = households;
        this.visits = visits;
        this.clock = clock;
    }

    /** As the demo team member: about half of their village visited over the last seven weeks. */
    int visitSome(long seed) {
        Random random = new Random(seed);
        List<HouseholdSummary> worklist = households.worklist().households();
        Instant now = clock.instant();
        int count = 0;
        for (HouseholdSummary household : worklist) {
            if (random.nextInt(100) >= 55) {
                continue;
            }
            Instant at = now.minus(Duration.ofHours(6 + random.nextInt(24 * 50)));
            Set<VisitActivity> activities = EnumSet.of(VisitActivity.values()[random.nextInt(5)]);
            if (random.nextBoolean()) {
                activities.add(VisitActivity.SCAM_AWARENESS);
            }
            Readiness profile = new Readiness(random.nextInt(4), Internet.values()[random.nextInt(3)],
                    random.nextInt(3) > 0, random.nextBoolean(), random.nextInt(3) == 0, random.nextBoolean(),
                    random.nextInt(5) == 0);
            visits.record(new VisitSubmission(new UUID(seed, count).toString(), household.id(), null, at, activities,
                    profile, DemoHistory.NOTES[random.nextInt(DemoHistory.NOTES.length)], random.nextInt(10) > 0, null, false));
            count++;
        }
        return count;
    }
}
