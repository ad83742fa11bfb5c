package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;
import vn.langso.household.HouseholdDetails;
import vn.langso.household.HouseholdService;
import vn.langso.household.NewHousehold;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitInbox;
import vn.langso.household.VisitReceipt;
import vn.langso.household.VisitService;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonService;
import vn.langso.learning.Topic;
import vn.langso.place.NewPlace;
import vn.langso.place.PlaceService;
import vn.langso.report.DashboardQuery;
import vn.langso.report.DashboardService;
import vn.langso.report.ReportExportService;
import vn.langso.support.AccessMatrix;
import vn.langso.support.AsUser;
import vn.langso.support.CommuneRosterFile;
import vn.langso.support.DemoUsers;
import vn.langso.team.Affiliation;
import vn.langso.team.NewMember;
import vn.langso.team.NewTeam;
import vn.langso.team.RosterService;
import vn.langso.team.TeamDecision;
import vn.langso.team.TeamRole;
import vn.langso.team.TeamService;
import vn.langso.team.ui.TeamView;

/**
 * Every role tries, by id and by parameter, to read, change or export the teams, members, households, visits,
 * completions and reports of a village or commune that is not theirs (the province admin: of another province).
 * None of the attempts may succeed, none may change a record there, and every one must leave a refusal in the
 * audit log. The attempts are data: {@link #attacks()} lists each way in once, and each runs against every foreign
 * place the role has.
 */
@SpringBootTest
@ActiveProfiles("test")
class NoRoleReachesAnotherPlacesRecordsTest extends SpringBrowserlessTest {

    private static final String OTHER_PROVINCE_CODE = "99";
    private static final String OTHER_ADMIN = "quantri-tinh-khac";
    private static final List<String> REFUSALS = List.of(AuditTrail.OUT_OF_SCOPE, AuditTrail.ROLE_REFUSED,
            "PIN_RESET_REFUSED");
    /** role → kind of record → {attempts, succeeded, logged}, printed when all roles have run. */
    private static final Map<String, Map<String, int[]>> TALLY = new LinkedHashMap<>();
    private static final AccessMatrix MATRIX = AccessMatrix.read();

    @Autowired
    TeamService teams;
    @Autowired
    RosterService rosters;
    @Autowired
    HouseholdService households;
    @Autowired
    VisitService visits;
    @Autowired
    VisitInbox inbox;
    @Autowired
    LessonService lessons;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ReportExportService exports;
    @Autowired
    PlaceService places;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext web;

    /**
     * A village (with its commune, a team, a member, a household, a villager and a certificate) not the caller's;
     * {@code accountPhones}: usernames (phone numbers) of accounts whose home is there.
     */
    record Target(String label, long commune, long village, long team, long membership, long household,
            String villagerPhone, String certificate, String villageLabel, String path, List<String> accountPhones) {
    }

    /** What a screen or endpoint answered when it refused, to name it in a failure. */
    record Refused(String answer) {
    }

    /** One way in. It returns what the caller got, or throws the refusal. */
    record Attack(String kind, String name, Function<Target, Object> attempt) {
    }

    private List<Attack> attacks() {
        HouseholdDetails stranger = new HouseholdDetails("Kẻ Lạ Mặt", "Xóm Lạ", "0987 000 999", 2);
        TeamDecision decision = new TeamDecision("99/QĐ-LẠ", LocalDate.of(2026, 1, 1), "Kẻ Lạ");
        LocalDate today = LocalDate.now();
        byte[] householdFile = AsUser.provinceAdmin(households::importTemplate);
        long lessonVersion = jdbc.sql("select min(id) from lesson_version").query(Long.class).single();
        return List.of(
                new Attack("teams", "TeamService.coverage", t -> teams.coverage(t.commune())),
                new Attack("teams", "TeamService.team", t -> teams.team(t.team())),
                new Attack("teams", "TeamService.createTeam", t -> teams.createTeam(new NewTeam(t.village(), decision))),
                new Attack("teams", "TeamService.recordDecision", t -> {
                    teams.recordDecision(t.team(), 0, decision);
                    return "changed";
                }),
                new Attack("teams", "TeamService.myTeamIds", t -> teams.myTeamIds(t.village())),
                new Attack("teams", "RosterService.exportTeam", t -> rosters.exportTeam(t.team())),
                new Attack("teams", "screen /teams/<id>", t -> screen("teams/" + t.team()) == TeamView.class),
                new Attack("members", "TeamService.addMember", t -> teams.addMember(t.team(), new NewMember("Kẻ Lạ",
                        "0987 000 998", null, null, TeamRole.MEMBER, Affiliation.OTHER, null))),
                new Attack("members", "TeamService.endMembership", t -> {
                    teams.endMembership(t.membership(), today);
                    return "ended";
                }),
                new Attack("members", "TeamService.moveMember", t -> teams.moveMember(t.membership(), t.team(), today)),
                new Attack("members", "TeamService.createAccountFor", t -> teams.createAccountFor(t.membership())),
                new Attack("members", "RosterService.exportRoster", t -> rosters.exportRoster(t.commune())),
                new Attack("members", "RosterService.preview", t -> rosters.preview(t.commune(), roster(t), "to.xlsx",
                        Map.of())),
                new Attack("members", "RosterService.importRoster", t -> rosters.importRoster(t.commune(), roster(t),
                        "to.xlsx", Map.of())),
                new Attack("members", "AccountService.createTeamMemberAccount", t -> accounts.createTeamMemberAccount(
                        "+84987000997", "Kẻ Lạ", t.village(), null)),
                new Attack("members", "AccountService.resetLearnerPin (a villager's PIN)",
                        t -> accounts.resetLearnerPin(t.villagerPhone())),
                new Attack("accounts", "AccountService.existingUsernames (phone numbers of accounts there)", t -> {
                    Set<String> named = accounts.existingUsernames(t.accountPhones());
                    return named.isEmpty() ? new Refused("no phone number has an account") : named;
                }),
                new Attack("households", "HouseholdService.household", t -> households.household(t.household())),
                new Attack("households", "HouseholdService.register", t -> households.register(t.village(), "")),
                new Attack("households", "HouseholdService.add", t -> households.add(t.village(), stranger)),
                new Attack("households", "HouseholdService.addAll", t -> households.addAll(t.village(), List.of(stranger))),
                new Attack("households", "HouseholdService.previewImport",
                        t -> households.previewImport(t.village(), householdFile)),
                new Attack("households", "HouseholdService.importHouseholds",
                        t -> households.importHouseholds(t.village(), householdFile)),
                new Attack("households", "HouseholdService.edit", t -> {
                    households.edit(t.household(), version(t), stranger);
                    return "changed";
                }),
                new Attack("households", "HouseholdService.remove", t -> {
                    households.remove(t.household(), version(t));
                    return "removed";
                }),
                new Attack("households", "HouseholdService.householdToHelp", t -> households.householdToHelp(t.household())),
                new Attack("visits", "VisitService.record", t -> visits.record(visitTo(t.household(), null))),
                new Attack("visits", "VisitInbox.receive", t -> inbox.receive(visitTo(t.household(), null))),
                new Attack("visits", "VisitInbox.receive (a new household there)", t -> inbox.receive(visitTo(null,
                        new NewHousehold(UUID.randomUUID().toString(), t.village(), "Kẻ Lạ", null, null, 1)))),
                new Attack("visits", "POST /api/visits", this::postVisit),
                new Attack("visits", "ReportExportService.countVisits", t -> exports.countVisits(query(t.village()))),
                new Attack("visits", "ReportExportService.writeVisitsCsv",
                        t -> exports.writeVisitsCsv(query(t.commune()), new ByteArrayOutputStream(), rows -> { })),
                new Attack("completions", "LessonService.submitAssisted", t -> lessons.submitAssisted(
                        new AttemptSubmission(UUID.randomUUID().toString(), lessonVersion, List.of(0)), t.household(),
                        "Kẻ Lạ")),
                new Attack("completions", "LessonService.householdHead", t -> lessons.householdHead(t.household())),
                new Attack("completions", "LessonService.certificatePdf", t -> lessons.certificatePdf(t.certificate(),
                        "https://example.invalid/", Locale.of("vi"), key -> key)),
                new Attack("completions", "ReportExportService.countCompletions",
                        t -> exports.countCompletions(query(t.commune()))),
                new Attack("completions", "ReportExportService.writeCompletionsCsv", t -> exports.writeCompletionsCsv(
                        query(t.village()), new ByteArrayOutputStream(), rows -> { })),
                new Attack("reports", "DashboardService.dashboard (commune)", t -> dashboards.dashboard(query(t.commune()))),
                new Attack("reports", "DashboardService.dashboard (village)", t -> dashboards.dashboard(query(t.village()))),
                new Attack("reports", "DashboardService.scope", t -> dashboards.scope(query(t.commune()))),
                new Attack("reports", "ReportExportService.xlsx", t -> exports.xlsx(query(t.commune()), Locale.of("vi"))),
                new Attack("reports", "ReportExportService.pdf", t -> exports.pdf(query(t.village()), Locale.of("vi"))),
                new Attack("reports", "screen /overview?place=<id>", this::overviewOf),
                new Attack("places", "PlaceService.villagesOf", t -> places.villagesOf(t.commune())),
                new Attack("places", "PlaceService.getInMyScope", t -> places.getInMyScope(t.village())),
                new Attack("places", "PlaceService.rename", t -> {
                    places.rename(t.village(), "Thôn Đổi Tên", today);
                    return "renamed";
                }),
                new Attack("places", "PlaceService.create (under it)",
                        t -> places.create(new NewPlace(t.commune(), "VILLAGE", null, "Thôn Lạ", today))));
    }

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void aLearnerReachesNoOtherVillagesRecords() {
        attackAs(DemoUsers.LEARNER, "LEARNER", targetsOutside(homePath(DemoUsers.LEARNER), 3));
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void aTeamMemberReachesNoOtherVillagesRecords() {
        String village = homePath(DemoUsers.TEAM_MEMBER);
        String commune = village.substring(0, village.lastIndexOf('/', village.length() - 2) + 1);
        // A neighbour in the same commune: the commune's own accounts (the caller's leaders) are not foreign to them.
        List<Target> targets = new ArrayList<>(targetsUnder(commune, village, false, 1));
        targets.addAll(targetsOutside(commune, 2));
        attackAs(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", targets);
        ownRosterShowsWhoHasAnAccount("TEAM_MEMBER", village);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeaderReachesNoOtherCommunesRecords() {
        String commune = homePath(DemoUsers.COMMUNE_LEADER);
        attackAs(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER", targetsOutside(commune, 3));
        ownRosterShowsWhoHasAnAccount("COMMUNE_LEADER", commune);
    }

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void theProvinceAdminReachesNoOtherProvincesRecords() {
        String otherProvince = otherProvince();
        // Open only while it is attacked: the other tests count the communes of the one demo province.
        openOtherProvince(otherProvince, true);
        try {
            attackAs(DemoUsers.PROVINCE_ADMIN, "PROVINCE_ADMIN", targetsUnder(otherProvince, "-", true, 2));
        } finally {
            openOtherProvince(otherProvince, false);
        }
        ownRosterShowsWhoHasAnAccount("PROVINCE_ADMIN", homePath(DemoUsers.PROVINCE_ADMIN));
    }

    /**
     * The one legitimate use of {@code existingUsernames}: the caller's own roster flags exactly the members whose
     * phone number is an account's username, before and after a leader gives one of them an account (which the
     * test takes away again, so the other tests find the demo as it was).
     */
    private void ownRosterShowsWhoHasAnAccount(String role, String homePath) {
        Map<String, Object> without = jdbc.sql("""
                select m.team_id team, m.id membership, pe.phone phone from team_membership m
                  join team t on t.id = m.team_id join place p on p.id = t.place_id
                  join person pe on pe.id = m.person_id
                where p.path like ? and m.left_on is null and pe.phone is not null
                  and not exists (select 1 from user_account u where u.username = pe.phone)
                order by m.id fetch first 1 rows only""")
                .param(homePath + "%").query().singleRow();
        long team = ((Number) without.get("TEAM")).longValue();
        String phone = (String) without.get("PHONE");
        Map<String, Boolean> before = rosterFlags(role, team);
        assertThat(before).as(role + ": a member of their own team #" + team + " without an account")
                .containsEntry(phone, false);
        AsUser.provinceAdmin(() -> teams.createAccountFor(((Number) without.get("MEMBERSHIP")).longValue()));
        try {
            Map<String, Boolean> after = rosterFlags(role, team);
            assertThat(after).as(role + ": the member of team #" + team + " who was just given an account")
                    .containsEntry(phone, true);
            System.out.printf("CROSS-SCOPE own roster %-14s | team #%d: %d members, %d then %d flagged with an "
                    + "account, as in the database%n", role, team, after.size(), flagged(before), flagged(after));
        } finally {
            jdbc.sql("delete from user_account where username = ?").param(phone).update();
        }
    }

    /** Phone number → "has an account" as the caller's roster shows it; checked against the accounts table. */
    private Map<String, Boolean> rosterFlags(String role, long team) {
        Map<String, Boolean> shown = new LinkedHashMap<>();
        teams.team(team).members().forEach(member -> shown.put(member.phone(), member.hasAccount()));
        Map<String, Boolean> inTheDatabase = new LinkedHashMap<>();
        shown.keySet().forEach(phone -> inTheDatabase.put(phone, jdbc.sql(
                "select count(*) from user_account where username = ?").param(phone).query(Long.class).single() > 0));
        assertThat(shown).as(role + ": the \"has an account\" flags of their own team #" + team)
                .isEqualTo(inTheDatabase);
        return shown;
    }

    private static long flagged(Map<String, Boolean> flags) {
        return flags.values().stream().filter(Boolean::booleanValue).count();
    }

    @AfterAll
    static void printTheTally() {
        System.out.println("CROSS-SCOPE role           | kind        | attempts | succeeded | refusals logged");
        int[] total = new int[3];
        TALLY.forEach((role, kinds) -> kinds.forEach((kind, counts) -> {
            System.out.printf("CROSS-SCOPE %-14s | %-11s | %8d | %9d | %d%n", role, kind, counts[0], counts[1], counts[2]);
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        }));
        System.out.printf("CROSS-SCOPE %-14s | %-11s | %8d | %9d | %d%n", "all", "all", total[0], total[1], total[2]);
    }

    private void attackAs(String username, String role, List<Target> targets) {
        assertThat(targets).as("foreign places to attack").isNotEmpty();
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Map<String, String> before = new LinkedHashMap<>();
        targets.forEach(target -> before.put(target.label(), snapshot(target)));
        List<String> wrong = new ArrayList<>();
        Map<String, int[]> tally = TALLY.computeIfAbsent(role, r -> new LinkedHashMap<>());
        for (Attack attack : attacks()) {
            if (attack.name().startsWith("screen ") && refusesScreen(attack.name(), role)) {
                continue; // the role cannot open that screen at all (EveryRoleGetsExactlyTheAccessTheMatrixSaysTest)
            }
            for (Target target : targets) {
                if (target.villagerPhone() == null && attack.name().contains("PIN")
                        || target.certificate() == null && attack.name().contains("certificate")) {
                    continue;
                }
                restore(who);
                long refusals = refusals(username);
                Object got;
                try {
                    got = attack.attempt().apply(target);
                } catch (RuntimeException refused) {
                    got = refused;
                }
                restore(who);
                boolean succeeded = succeeded(got);
                boolean logged = refusals(username) > refusals;
                int[] counts = tally.computeIfAbsent(attack.kind(), k -> new int[3]);
                counts[0]++;
                counts[1] += succeeded ? 1 : 0;
                counts[2] += logged ? 1 : 0;
                if (succeeded || !logged) {
                    wrong.add(attack.name() + " on " + target.label() + ": "
                            + (succeeded ? "SUCCEEDED with " + describe(got) : "refused (" + describe(got)
                                    + ") but no refusal was logged"));
                }
            }
        }
        targets.forEach(target -> assertThat(snapshot(target)).as("records of " + target.label() + " after the attacks")
                .isEqualTo(before.get(target.label())));
        assertThat(wrong).as(role + ": attempts that succeeded or were not logged").isEmpty();
    }

    private static boolean succeeded(Object got) {
        if (got instanceof RuntimeException || got instanceof Refused || Boolean.FALSE.equals(got)) {
            return false;
        }
        if (got instanceof VisitReceipt receipt) {
            return receipt.status() != VisitStatus.REFUSED;
        }
        return true;
    }

    private static String describe(Object got) {
        String text = got instanceof RuntimeException e ? e.getClass().getSimpleName() + ": " + e.getMessage()
                : String.valueOf(got);
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static void restore(Authentication who) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
    }

    private long refusals(String username) {
        return jdbc.sql("select count(*) from audit_event where actor = :actor and action in (:actions)")
                .param("actor", username).param("actions", REFUSALS).query(Long.class).single();
    }

    private static boolean refusesScreen(String attackName, String role) {
        String route = attackName.startsWith("screen /teams") ? "/teams/:teamId" : "/overview";
        return MATRIX.table(AccessMatrix.SCREENS).get(route).refuses(role);
    }

    /** The foreign place's records, summed so that any change, addition or removal shows. */
    private String snapshot(Target target) {
        return jdbc.sql("""
                select (select count(*) || '/' || coalesce(sum(p.version), 0) || '/' || min(p.name) || max(p.name)
                          from place p where p.path like :path)
                    || ' teams ' || (select count(*) || '/' || coalesce(sum(t.version), 0) from team t
                          join place p on p.id = t.place_id where p.path like :path)
                    || ' members ' || (select count(*) || '/' || coalesce(sum(m.version), 0) from team_membership m
                          join team t on t.id = m.team_id join place p on p.id = t.place_id where p.path like :path)
                    || ' households ' || (select count(*) || '/' || coalesce(sum(h.version), 0) from household h
                          join place p on p.id = h.village_id where p.path like :path)
                    || ' visits ' || (select count(*) from visit v join place p on p.id = v.village_id
                          where p.path like :path)""")
                .param("path", target.path() + "%").query(String.class).single();
    }

    private long version(Target target) {
        return jdbc.sql("select version from household where id = ?").param(target.household()).query(Long.class)
                .single();
    }

    private static DashboardQuery query(long placeId) {
        return new DashboardQuery(placeId, null, null);
    }

    private static VisitSubmission visitTo(Long household, NewHousehold newHousehold) {
        return new VisitSubmission(UUID.randomUUID().toString(), household, newHousehold, Instant.now(),
                Set.of(VisitActivity.OTHER), null, null, false, null, false);
    }

    private static byte[] roster(Target target) {
        return new CommuneRosterFile("Xã Lạ").add(target.villageLabel(), "Kẻ Lạ", "0987 000 996", "Tổ viên", "Khác")
                .xlsx();
    }

    /** A visit to the foreign household through the phone's own endpoint; it worked if the receipt says SAVED. */
    private Object postVisit(Target target) {
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        try {
            var response = http.perform(MockMvcRequestBuilders.post("/api/visits").contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"visits":[{"clientId":"%s","householdId":%d,"visitedAt":"%s",
                                    "activities":["OTHER"],"consent":false,"correction":false}]}"""
                                    .formatted(UUID.randomUUID(), target.household(), Instant.now()))
                            .with(SecurityMockMvcRequestPostProcessors.csrf())
                            .with(SecurityMockMvcRequestPostProcessors.authentication(
                                    SecurityContextHolder.getContext().getAuthentication())))
                    .andReturn().getResponse();
            String body = response.getContentAsString();
            return body.contains("\"SAVED\"") || body.contains("\"DUPLICATE\"") ? body
                    : new Refused(response.getStatus() + " " + body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dashboard screen with the foreign place in its address; it worked if the screen shows that place. */
    private Object overviewOf(Target target) {
        UI.getCurrent().navigate("overview", QueryParameters.of("place", String.valueOf(target.village())));
        List<H2> headings = find(H2.class).all();
        return headings.stream().anyMatch(heading -> heading.getText().endsWith(target.villageLabel()))
                ? headings.getFirst().getText() : Boolean.FALSE;
    }

    private Class<?> screen(String location) {
        UI.getCurrent().navigate(location);
        return ClassUtils.getUserClass(getCurrentView().getClass());
    }

    private void openOtherProvince(String path, boolean open) {
        jdbc.sql("update place set active = ? where path like ?").params(open, path + "%").update();
    }

    private String homePath(String username) {
        return jdbc.sql("select p.path from user_account u join place p on p.id = u.place_id where u.username = ?")
                .param(username).query(String.class).single();
    }

    /** Villages outside {@code scope} with a team, a member and a household, one per commune, up to {@code count}. */
    private List<Target> targetsOutside(String scope, int count) {
        return targets("p.path not like :scope", scope, "-", true, count);
    }

    /**
     * Villages under {@code within}, except the one at {@code except}, up to {@code count}; {@code foreignCommunes}:
     * whether the accounts of the villages' communes themselves are foreign to the caller too.
     */
    private List<Target> targetsUnder(String within, String except, boolean foreignCommunes, int count) {
        return targets("p.path like :scope", within, except, foreignCommunes, count);
    }

    private List<Target> targets(String where, String scope, String except, boolean foreignCommunes, int count) {
        List<Target> targets = new ArrayList<>();
        List<Long> villages = jdbc.sql("""
                select min(p.id) from place p join place_type pt on pt.code = p.type_code
                where pt.level = 'VILLAGE' and p.active = true and %s and p.path <> :except
                  and exists (select 1 from team t join team_membership m on m.team_id = t.id
                              where t.place_id = p.id and m.left_on is null)
                  and exists (select 1 from household h where h.village_id = p.id and h.removed_at is null)
                group by p.parent_id order by min(p.id)""".formatted(where))
                .param("scope", scope + "%").param("except", except).query(Long.class).list();
        for (long village : villages.subList(0, Math.min(count, villages.size()))) {
            targets.add(target(village, foreignCommunes));
        }
        return targets;
    }

    private Target target(long village, boolean foreignCommune) {
        Map<String, Object> row = jdbc.sql("""
                select p.parent_id commune, p.path path, pt.name_vi || ' ' || p.name label,
                  (select min(t.id) from team t where t.place_id = p.id) team,
                  (select min(h.id) from household h where h.village_id = p.id and h.removed_at is null) household
                from place p join place_type pt on pt.code = p.type_code where p.id = ?""")
                .param(village).query().singleRow();
        long team = ((Number) row.get("TEAM")).longValue();
        long membership = jdbc.sql("select min(id) from team_membership where team_id = ? and left_on is null")
                .param(team).query(Long.class).single();
        String path = (String) row.get("PATH");
        String villager = jdbc.sql("""
                select min(u.username) from user_account u join place p on p.id = u.place_id
                where u.role = 'LEARNER' and p.path like ?""").param(path + "%").query(String.class).optional()
                .orElse(null);
        String certificate = certificateOfSomeoneIn(village);
        String label = (String) row.get("LABEL");
        long commune = ((Number) row.get("COMMUNE")).longValue();
        List<String> accountPhones = jdbc.sql("""
                select u.username from user_account u join place p on p.id = u.place_id
                where p.path like :path or (:commune and p.id = :communeId)
                order by case when p.id = :communeId then 0 else 1 end, u.username fetch first 6 rows only""")
                .param("path", path + "%").param("commune", foreignCommune).param("communeId", commune)
                .query(String.class).list();
        assertThat(accountPhones).as("accounts at home in " + label).isNotEmpty();
        return new Target(label + " (#" + village + ")", commune, village, team, membership,
                ((Number) row.get("HOUSEHOLD")).longValue(), villager, certificate, label, path, accountPhones);
    }

    /** A certificate of a villager there: the demo has none, so the test gives one (with its own code). */
    private String certificateOfSomeoneIn(long village) {
        String code = "KHAC%06d".formatted(village);
        if (jdbc.sql("select count(*) from certificate where code = ?").param(code).query(Long.class).single() == 0) {
            jdbc.sql("""
                    insert into certificate (code, learner_key, learner_name, topic, issued_at, place_id)
                    values (?, ?, 'Người Học Khác', ?, ?, ?)""")
                    .params(code, "h:" + village + ":nguoi-hoc-khac", Topic.values()[0].name(),
                            java.sql.Timestamp.from(Instant.now()), village)
                    .update();
        }
        return code;
    }

    /**
     * The path of a second province, set up once through the services as its own admin would: two communes, each
     * with a village, a team with a member who has an account, and a household.
     */
    private String otherProvince() {
        java.util.Optional<String> existing = jdbc.sql("""
                select path from place where type_code = 'PROVINCE' and code = ?""").param(OTHER_PROVINCE_CODE)
                .query(String.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate founded = LocalDate.of(2025, 7, 1);
        long[] villages = AsUser.as("lap-tinh-khac", AppRoles.PROVINCE_ADMIN, () -> {
            long province = places.create(new NewPlace(null, "PROVINCE", OTHER_PROVINCE_CODE, "Tỉnh Bên Kia", founded));
            long[] made = new long[2];
            for (int i = 0; i < 2; i++) {
                long commune = places.create(new NewPlace(province, "COMMUNE", "9900" + i, "Bên Kia " + (i + 1), founded));
                made[i] = places.create(new NewPlace(commune, "VILLAGE", null, "Đồi Xa " + (i + 1), founded));
            }
            accounts.createAccount(new NewAccount(OTHER_ADMIN, "tinh-ben-kia-2026", "Quản trị tỉnh bên kia",
                    Role.PROVINCE_ADMIN, province));
            return made;
        });
        AsUser.as(OTHER_ADMIN, AppRoles.PROVINCE_ADMIN, () -> {
            for (int i = 0; i < villages.length; i++) {
                long team = teams.createTeam(new NewTeam(villages[i], new TeamDecision(null, null, null)));
                long leader = teams.addMember(team, new NewMember("Người Bên Kia " + (i + 1), "0987 111 00" + i,
                        null, null, TeamRole.LEADER, Affiliation.OTHER, null)).membershipId();
                teams.createAccountFor(leader); // an account there, to ask about by its phone number
                households.add(villages[i], new HouseholdDetails("Hộ Bên Kia " + (i + 1), null, null, 3));
            }
            return null;
        });
        return otherProvince();
    }
}
