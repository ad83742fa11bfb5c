package vn.langso.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Internet;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitService;
import vn.langso.household.VisitSubmission;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;

/** Household registers for every village, and a few weeks of visits in the demo team member's village. */
@Component
class DemoHouseholds {

    private static final String[] HAMLETS = {"Xóm Trên", "Xóm Dưới", "Xóm Giữa", "Khu Đồi", "Đầu Cầu", "Cuối Bản"};
    private static final String[] NOTES = {"Bác cần hướng dẫn thêm lần sau.", "Con trai ở nhà giúp cài đặt.",
            "Đã cài xong, bác tự làm lại được.", "Hẹn quay lại vào cuối tuần.", null, null};

    private final PlaceService places;
    private final HouseholdService households;
    private final VisitService visits;
    private final Clock clock;

    DemoHouseholds(PlaceService places, HouseholdService households, VisitService visits, Clock clock) {
        this.places = places;
        this.households = households;
        this.visits = visits;
        this.clock = clock;
    }

    /** As the province administrator: 15–40 households per village. */
    int generate(long seed) {
        Random random = new Random(seed);
        DemoPeople people = new DemoPeople(seed);
        int count = 0;
        for (PlaceRef commune : places.communesInMyScope()) {
            for (PlaceRef village : places.villagesOf(commune.id())) {
                int size = 15 + random.nextInt(26);
                List<HouseholdDetails> register = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    DemoPeople.DemoPerson head = people.next();
                    register.add(new HouseholdDetails(head.fullName(), HAMLETS[random.nextInt(HAMLETS.length)],
                            random.nextInt(3) == 0 ? null : head.phone(), 1 + random.nextInt(5)));
                }
                count += households.addAll(village.id(), register);
            }
        }
        return count;
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
                    profile, NOTES[random.nextInt(NOTES.length)], random.nextInt(10) > 0, null, false));
            count++;
        }
        return count;
    }
}
