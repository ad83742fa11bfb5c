package vn.langso.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.VietnameseText;
import vn.langso.household.ActivitiesConverter;
import vn.langso.household.Consent;
import vn.langso.household.Internet;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitService;
import vn.langso.household.VisitSubmission;
import vn.langso.learning.LessonService;
import vn.langso.report.DashboardService;

/**
 * A year of work in the demo province, written with JDBC batches rather than through the services (a province
 * is millions of rows): household registers, accounts for team members, visits with the readiness profiles and
 * consent they recorded, and learners with their attempts and completions. Rows look as the services store them.
 * Deterministic from the seed; one transaction per commune. The demo team member's own village keeps its register
 * only: its visits are made through the visit service, as the tests expect.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Duration YEAR = Duration.ofDays(365);
    private static final Duration DAY = Duration.ofDays(1);
    private static final String[] HAMLETS = {"Xóm Trên", "Xóm Dưới", "Xóm Giữa", "Khu Đồi", "Đầu Cầu", "Cuối Bản"};
    static final String[] NOTES = {"Bác cần hướng dẫn thêm lần sau.", "Con trai ở nhà giúp cài đặt.",
            "Đã cài xong, bác tự làm lại được.", "Hẹn quay lại vào cuối tuần.", null, null};
    private static final ActivitiesConverter ACTIVITIES = new ActivitiesConverter();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final LessonService lessons;
    private final Clock clock;

    DemoHistory(JdbcTemplate jdbc, TransactionTemplate transaction, PasswordEncoder passwords, LessonService lessons,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
        this.lessons = lessons;
        this.clock = clock;
    }

    record Written(long households, long accounts, long visits, long learners, long completions) {
    }

    /** Someone who visits households: an account of a team member, active until a day (now, for most). */
    record Visitor(long accountId, String username, Instant activeUntil) {
        boolean activeAt(Instant at) {
            return at.isBefore(activeUntil);
        }
    }

    static final class Village {
        final long id;
        final int size;
        final boolean demoVillage;
        final List<Visitor> team = new ArrayList<>();
        final List<PlannedHousehold> households = new ArrayList<>();

        Village(long id, int size, boolean demoVillage) {
            this.id = id;
            this.size = size;
            this.demoVillage = demoVillage;
        }

        /** Visited in bulk: the demo team member's village is left to the visit service. */
        boolean visitedInBulk(List<Visitor> communeTeam) {
            return !demoVillage && (!team.isEmpty() || !communeTeam.isEmpty());
        }
    }

    static final class Commune {
        final long id;
        final List<Village> villages = new ArrayList<>();
        final List<Visitor> team = new ArrayList<>();
        int learners;

        Commune(long id) {
            this.id = id;
        }
    }

    static final class PlannedHousehold {
        final Village village;
        final String head;
        final String address;
        final String phone;
        final int adults;
        final List<PlannedVisit> visits = new ArrayList<>();
        long id;

        PlannedHousehold(Village village, String head, String address, String phone, int adults) {
            this.village = village;
            this.head = head;
            this.address = address;
            this.phone = phone;
            this.adults = adults;
        }
    }

    record PlannedVisit(Instant at, Visitor by) {
    }

    private record RosterMember(long teamId, long placeId, boolean communeTeam, long personId, String name,
            String phone, boolean leader) {
    }

    /** What every commune shares while the history is written: the clock, ids, phone numbers, counts. */
    final class Run {
        final long seed;
        final Instant now = clock.instant();
        final Instant historyStart = now.minus(YEAR);
        final String passwordHash;
        final DemoPeople people;
        long visitIds;
        long attemptIds;
        long households;
        long accounts;
        long visits;

        Run(long seed, DemoPeople people) {
            this.seed = seed;
            this.people = people;
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            // Nobody knows this password: the accounts are there for the history, a leader gives out real ones.
            this.passwordHash = passwords.encode(java.util.HexFormat.of().formatHex(secret));
        }

        /** A moment in the last year, more often recent: three times as many visits and lessons a day now as then. */
        Instant moment(Random random) {
            double x = (Math.sqrt(1 + 8 * random.nextDouble()) - 1) / 2;
            return historyStart.plusMillis((long) (x * YEAR.toMillis()));
        }

        /** Ids as phones make them (unique, the database keeps them in order). */
        String visitId() {
            return new UUID(seed + 10, visitIds++).toString();
        }

        String attemptId() {
            return new UUID(seed + 11, attemptIds++).toString();
        }
    }

    Written write(DemoScale scale, long seed, long demoVillageId) {
        long started = System.nanoTime();
        Map<Long, Commune> communes = loadPlaces(scale, new Random(seed), demoVillageId);
        long households = communes.values().stream().flatMap(c -> c.villages.stream()).mapToLong(v -> v.size).sum();
        long completions = scale.completionsFor(scale.learnersFor(households));
        long learnerCount = Math.min(scale.learnersFor(households), completions);
        long before = 0;
        for (Commune commune : communes.values()) {
            long after = before + commune.villages.stream().mapToLong(v -> v.size).sum();
            commune.learners = (int) (learnerCount * after / households - learnerCount * before / households);
            before = after;
        }
        Map<Long, Long> communeOfPlace = new HashMap<>();
        communes.values().forEach(commune -> {
            communeOfPlace.put(commune.id, commune.id);
            commune.villages.forEach(village -> communeOfPlace.put(village.id, commune.id));
        });
        List<RosterMember> roster = loadRoster();
        DemoPeople people = new DemoPeople(seed + 3);
        roster.forEach(member -> people.reservePhone(member.phone()));
        jdbc.queryForList("select username from user_account", String.class).stream()
                .filter(username -> username.startsWith("+84")).forEach(people::reservePhone);
        Run run = new Run(seed, people);
        DemoLearners learners = new DemoLearners(jdbc, lessons, run, learnerCount, completions);
        int index = 0;
        for (Commune commune : communes.values()) {
            Random random = new Random(seed * 7919 + index++);
            List<RosterMember> members = roster.stream()
                    .filter(member -> communeOfPlace.get(member.placeId()) == commune.id).toList();
            transaction.executeWithoutResult(status -> {
                giveAccounts(run, commune, members, random);
                writeHouseholds(run, commune, random);
                learners.write(commune, random);
            });
            commune.villages.forEach(village -> village.households.clear());
            if (index % 10 == 0 || index == communes.size()) {
                log.info("Demo history: {} of {} communes, {} households, {} visits, {} completions ({} s)", index,
                        communes.size(), run.households, run.visits, learners.completions(),
                        (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        return new Written(run.households, run.accounts, run.visits, learners.learners(), learners.completions());
    }

    private Map<Long, Commune> loadPlaces(DemoScale scale, Random random, long demoVillageId) {
        Map<Long, Commune> communes = new LinkedHashMap<>();
        jdbc.query("""
                select v.id, v.parent_id from place v join place_type t on t.code = v.type_code
                where t.level = 'VILLAGE' and v.active = true order by v.parent_id, v.id""", rs -> {
            Commune commune = communes.computeIfAbsent(rs.getLong(2), Commune::new);
            long id = rs.getLong(1);
            commune.villages.add(new Village(id, scale.householdsIn(random), id == demoVillageId));
        });
        return communes;
    }

    private List<RosterMember> loadRoster() {
        return jdbc.query("""
                select t.id, t.place_id, t.level, p.id, p.full_name, p.phone, m.team_role,
                  (select count(*) from user_account a where a.person_id = p.id)
                from team t join team_membership m on m.team_id = t.id and m.left_on is null
                join person p on p.id = m.person_id where t.status = 'ACTIVE' order by t.id, m.id""",
                (rs, row) -> rs.getLong(8) > 0 ? null : new RosterMember(rs.getLong(1), rs.getLong(2),
                        "COMMUNE".equals(rs.getString(3)), rs.getLong(4), rs.getString(5), rs.getString(6),
                        "LEADER".equals(rs.getString(7))))
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Accounts for most members of the commune's teams. A few members have none yet; about one in sixteen and a
     * team in thirty stopped visiting one to five months ago, so the dashboards have inactive ones to flag. The
     * demo team member's teammates have no account (a leader gives them one in the demo).
     */
    private void giveAccounts(Run run, Commune commune, List<RosterMember> members, Random random) {
        Map<Long, Village> villages = new HashMap<>();
        commune.villages.forEach(village -> villages.put(village.id, village));
        BatchInsert accounts = BatchInsert.returningIds("user_account", "username, password_hash, full_name, role, "
                + "place_id, enabled, failed_attempts, created_at, version, must_change_password, locks_in_a_row, "
                + "person_id");
        record Pending(List<Visitor> team, String username, Instant activeUntil) {
        }
        List<Pending> pending = new ArrayList<>();
        Map<Long, Instant> teamStops = new HashMap<>();
        for (RosterMember member : members) {
            Village village = villages.get(member.placeId());
            Instant teamStop = teamStops.computeIfAbsent(member.teamId(), team -> random.nextInt(30) == 0
                    ? run.now.minus(DAY.multipliedBy(31 + random.nextInt(150))) : Instant.MAX);
            boolean noAccountYet = !member.leader() && random.nextInt(100) < 5;
            if (noAccountYet || (village != null && village.demoVillage)) {
                continue;
            }
            Instant activeUntil = random.nextInt(100) < 6 ? run.now.minus(DAY.multipliedBy(31 + random.nextInt(120)))
                    : teamStop;
            accounts.add(member.phone(), run.passwordHash, member.name(), "TEAM_MEMBER", member.placeId(), true, 0,
                    run.now, 0, true, 0, member.personId());
            pending.add(new Pending(member.communeTeam() ? commune.team : village.team, member.phone(), activeUntil));
        }
        long[] ids = accounts.run(jdbc);
        for (int i = 0; i < ids.length; i++) {
            pending.get(i).team().add(new Visitor(ids[i], pending.get(i).username(), pending.get(i).activeUntil()));
        }
        run.accounts += ids.length;
    }

    private void writeHouseholds(Run run, Commune commune, Random random) {
        Map<Village, Instant> registered = new HashMap<>();
        for (Village village : commune.villages) {
            registered.put(village, run.historyStart.minus(DAY.multipliedBy(1 + random.nextInt(60)))
                    .truncatedTo(ChronoUnit.SECONDS));
            for (int i = 0; i < village.size; i++) {
                DemoPeople.DemoPerson head = run.people.next();
                village.households.add(new PlannedHousehold(village, head.fullName(),
                        HAMLETS[random.nextInt(HAMLETS.length)],
                        random.nextInt(3) == 0 ? null : PhoneNumbers.normalizeMobile(head.phone()).orElseThrow(),
                        1 + random.nextInt(5)));
            }
            if (village.visitedInBulk(commune.team)) {
                planVisits(run, commune, village, random);
            }
        }
        topUp(run, commune, random);

        BatchInsert households = BatchInsert.returningIds("household", "village_id, head_name, search_name, address, "
                + "phone, adults, consent, smartphones, internet, bank_or_wallet, vneid_level2, online_service, "
                + "pays_cashless, scam_targeted, profile_on, last_visited_at, visit_count, created_at, created_by, "
                + "version");
        BatchInsert history = BatchInsert.into("household_aud", "id, rev, revtype, village_id, head_name, search_name, "
                + "address, phone, adults, consent, created_at, created_by");
        List<PlannedHousehold> all = commune.villages.stream().flatMap(village -> village.households.stream()).toList();
        List<Readiness[]> profiles = new ArrayList<>();
        for (PlannedHousehold household : all) {
            household.visits.sort(Comparator.comparing(PlannedVisit::at));
            Readiness[] answers = household.visits.isEmpty() || random.nextInt(100) >= 85 ? null
                    : answers(household.visits.size(), random);
            profiles.add(answers);
            Consent consent = household.visits.isEmpty() ? Consent.UNKNOWN
                    : answers == null ? Consent.REFUSED : Consent.GIVEN;
            Readiness current = answers == null ? Readiness.UNKNOWN : answers[answers.length - 1];
            PlannedVisit last = household.visits.isEmpty() ? null : household.visits.getLast();
            households.add(household.village.id, household.head, VietnameseText.searchKey(household.head),
                    household.address, consent == Consent.REFUSED ? null : household.phone, household.adults, consent,
                    current.smartphones(), current.internet(), current.bankOrWallet(), current.vneidLevel2(),
                    current.onlineService(), current.paysCashless(), current.scamTargeted(),
                    answers == null ? null : LocalDate.ofInstant(last.at(), VIETNAM),
                    last == null ? null : last.at(), household.visits.size(), registered.get(household.village),
                    DemoAccount.ALL.getFirst().username(), 0);
        }
        long[] ids = households.run(jdbc);
        Instant firstRegistered = registered.values().stream().min(Comparator.naturalOrder()).orElse(run.now);
        long revision = BatchInsert.returningIds("revision_info", "changed_at, changed_by")
                .add(firstRegistered, DemoAccount.ALL.getFirst().username()).run(jdbc)[0];
        for (int i = 0; i < all.size(); i++) {
            PlannedHousehold household = all.get(i);
            household.id = ids[i];
            history.add(household.id, revision, 0, household.village.id, household.head,
                    VietnameseText.searchKey(household.head), household.address, household.phone, household.adults,
                    Consent.UNKNOWN, registered.get(household.village), DemoAccount.ALL.getFirst().username());
        }
        history.run(jdbc);
        writeVisits(run, all, profiles, random);
        run.households += all.size();
    }

    /**
     * About four households in five where a village team has accounts (a third where only the commune's team
     * comes), once or a few times, by a member who was still active then; the commune's team makes some visits.
     */
    private static void planVisits(Run run, Commune commune, Village village, Random random) {
        int reach = village.team.isEmpty() ? 35 : 78;
        for (PlannedHousehold household : village.households) {
            if (random.nextInt(100) >= reach) {
                continue;
            }
            int count = 1 + (random.nextInt(100) < 40 ? 1 : 0) + (random.nextInt(100) < 15 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                Instant at = run.moment(random).truncatedTo(ChronoUnit.SECONDS);
                List<Visitor> team = village.team.isEmpty() || random.nextInt(100) < 15 ? commune.team : village.team;
                List<Visitor> active = team.stream().filter(visitor -> visitor.activeAt(at)).toList();
                if (!active.isEmpty()) {
                    household.visits.add(new PlannedVisit(at, active.get(random.nextInt(active.size()))));
                }
            }
        }
    }

    /** Every member still active made a visit in the last 30 days, so only the ones meant to be show as inactive. */
    private static void topUp(Run run, Commune commune, Random random) {
        Instant recent = run.now.minus(DAY.multipliedBy(DashboardService.ACTIVE_DAYS - 2));
        Set<Long> visitedRecently = new java.util.HashSet<>();
        commune.villages.forEach(village -> village.households.forEach(household -> household.visits.stream()
                .filter(visit -> visit.at().isAfter(recent))
                .forEach(visit -> visitedRecently.add(visit.by().accountId()))));
        List<Village> visited = commune.villages.stream().filter(village -> village.visitedInBulk(commune.team)
                && !village.households.isEmpty()).toList();
        for (Village village : visited) {
            for (Visitor member : village.team) {
                if (member.activeAt(run.now) && !visitedRecently.contains(member.accountId())) {
                    visitNow(run, village, member, random);
                }
            }
        }
        for (Visitor member : commune.team) {
            if (!visited.isEmpty() && member.activeAt(run.now) && !visitedRecently.contains(member.accountId())) {
                visitNow(run, visited.get(random.nextInt(visited.size())), member, random);
            }
        }
    }

    private static void visitNow(Run run, Village village, Visitor member, Random random) {
        Instant at = run.now.minusSeconds(600 + random.nextInt(DashboardService.ACTIVE_DAYS - 2) * 86_400L
                + random.nextInt(86_400)).truncatedTo(ChronoUnit.SECONDS);
        village.households.get(random.nextInt(village.households.size())).visits.add(new PlannedVisit(at, member));
    }

    /**
     * What the visits to a household that gave consent found, one profile per visit: the last near the real rates
     * (smartphone 79 %, bank account or e-wallet 75 %, fibre 59 %, VNeID level 2 60 %, online public service 35 %,
     * pays without cash 50 %), earlier ones a little behind it.
     */
    private static Readiness[] answers(int visits, Random random) {
        boolean smartphone = random.nextInt(100) < 79;
        int smartphones = smartphone ? 1 + (random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0) : 0;
        Internet internet = chance(random, smartphone ? 66 : 32) ? Internet.FIBRE
                : chance(random, smartphone ? 85 : 40) ? Internet.MOBILE : Internet.NONE;
        Readiness[] answers = new Readiness[visits];
        answers[visits - 1] = new Readiness(smartphones, internet, chance(random, smartphone ? 88 : 26),
                chance(random, smartphone ? 72 : 15), chance(random, smartphone ? 42 : 8),
                chance(random, smartphone ? 60 : 12), chance(random, 20));
        for (int i = visits - 2; i >= 0; i--) {
            Readiness later = answers[i + 1];
            answers[i] = new Readiness(later.smartphones(),
                    later.internet() == Internet.FIBRE && chance(random, 15) ? Internet.MOBILE : later.internet(),
                    later.bankOrWallet() && !chance(random, 30), later.vneidLevel2() && !chance(random, 30),
                    later.onlineService() && !chance(random, 30), later.paysCashless() && !chance(random, 30),
                    later.scamTargeted());
        }
        return answers;
    }

    private static boolean chance(Random random, int percent) {
        return random.nextInt(100) < percent;
    }

    /** The visits, and the profile and consent records they left, as the visit service keeps them. */
    private void writeVisits(Run run, List<PlannedHousehold> households, List<Readiness[]> profiles, Random random) {
        List<Instant> receivedAt = new ArrayList<>();
        BatchInsert visits = BatchInsert.returningIds("visit", "client_id, household_id, village_id, visited_by, "
                + "visited_at, visited_on, received_at, activities, note, consent_given, content_hash, version");
        for (int h = 0; h < households.size(); h++) {
            PlannedHousehold household = households.get(h);
            Readiness[] answers = profiles.get(h);
            for (int v = 0; v < household.visits.size(); v++) {
                PlannedVisit visit = household.visits.get(v);
                Set<VisitActivity> activities = EnumSet.of(VisitActivity.values()[random.nextInt(5)]);
                if (random.nextBoolean()) {
                    activities.add(VisitActivity.SCAM_AWARENESS);
                }
                String note = NOTES[random.nextInt(NOTES.length)];
                boolean consent = answers != null;
                String clientId = run.visitId();
                String hash = VisitService.contentHash(new VisitSubmission(clientId, household.id, null, visit.at(),
                        activities, consent ? answers[v] : null, note, consent, null, false));
                Instant received = visit.at().plusSeconds(60 + random.nextInt(3 * 3600));
                receivedAt.add(received.isAfter(run.now) ? run.now : received);
                visits.add(clientId, household.id, household.village.id, visit.by().accountId(), visit.at(),
                        LocalDate.ofInstant(visit.at(), VIETNAM), receivedAt.getLast(),
                        ACTIVITIES.convertToDatabaseColumn(activities),
                        consent ? note : null, consent, hash, 0);
            }
        }
        long[] ids = visits.run(jdbc);
        BatchInsert profileRows = BatchInsert.into("household_profile", "household_id, visit_id, recorded_on, "
                + "smartphones, internet, bank_or_wallet, vneid_level2, online_service, pays_cashless, scam_targeted");
        BatchInsert consents = BatchInsert.into("household_consent", "household_id, given, purpose_version, "
                + "recorded_at, recorded_by, visit_id");
        int next = 0;
        for (int h = 0; h < households.size(); h++) {
            PlannedHousehold household = households.get(h);
            Readiness[] answers = profiles.get(h);
            for (int v = 0; v < household.visits.size(); v++) {
                PlannedVisit visit = household.visits.get(v);
                Instant received = receivedAt.get(next);
                long visitId = ids[next++];
                if (v == 0) {
                    consents.add(household.id, answers != null, VisitService.PURPOSE_VERSION, received,
                            visit.by().username(), visitId);
                }
                if (answers != null) {
                    Readiness a = answers[v];
                    profileRows.add(household.id, visitId, LocalDate.ofInstant(visit.at(), VIETNAM),
                            a.smartphones(), a.internet(), a.bankOrWallet(), a.vneidLevel2(), a.onlineService(),
                            a.paysCashless(), a.scamTargeted());
                }
            }
        }
        profileRows.run(jdbc);
        consents.run(jdbc);
        run.visits += ids.length;
    }
}
