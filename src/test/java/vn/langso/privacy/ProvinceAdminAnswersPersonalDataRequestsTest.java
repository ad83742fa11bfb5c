package vn.langso.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.household.Internet;
import vn.langso.household.Position;
import vn.langso.household.Readiness;
import vn.langso.household.VisitActivity;
import vn.langso.household.VisitService;
import vn.langso.household.VisitStatus;
import vn.langso.household.VisitSubmission;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.report.KeptSums;
import vn.langso.security.AccountService;
import vn.langso.security.NewLearner;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;
import vn.langso.support.Villagers;

/**
 * A villager asks the province what it holds about them, then asks for it to be erased: the province admin logs
 * each request with its deadline, downloads everything in one file, erases by anonymising, and every figure on
 * the dashboards stays as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProvinceAdminAnswersPersonalDataRequestsTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(60);

    @Autowired
    PersonalDataService requests;

    @Autowired
    HouseholdService households;

    @Autowired
    VisitService visits;

    @Autowired
    LessonService lessons;

    @Autowired
    AccountService accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @Test
    void aHouseholdsDataIsExportedThenErasedAndTheFiguresStayTheSame() {
        HouseholdSummary household = visitedWithAnAssistedLesson();
        assertThat(jdbc.sql("select latitude from visit where household_id = ? order by id desc")
                .param(household.id()).query(BigDecimal.class).list().getFirst()).as("GPS kept to about 11 m")
                .isEqualByComparingTo("21.1235");
        DataRequest access = AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ACCESS, DataSubject.HOUSEHOLD,
                String.valueOf(household.id())));
        assertThat(Duration.between(access.receivedAt(), access.dueAt())).isEqualTo(Duration.ofDays(10));
        assertThat(AsUser.provinceAdmin(requests::openRequests)).extracting(DataRequest::id).contains(access.id());

        JsonNode file = json.readTree(AsUser.provinceAdmin(() -> requests.export(access.id())));
        assertThat(file.get("household").get(0).get("head_name").asString()).isEqualTo(household.headName());
        assertThat(file.get("visits").size()).isEqualTo(household.visitCount() + 1);
        assertThat(file.get("visits").toString()).contains("Bác muốn học quét mã QR");
        assertThat(file.get("consents").get(0).get("recorded_by").asString()).isEqualTo(DemoUsers.TEAM_MEMBER);
        assertThat(file.get("completions").get(0).get("person_name").asString()).isEqualTo("Lò Thị Hoa");
        assertThat(file.get("auditEntries").toString()).contains("VISIT_CREATED", "HOUSEHOLD_CHANGED");
        assertThat(file.get("requests").get(0).get("kind").asString()).isEqualTo("ACCESS");
        assertThat(AsUser.provinceAdmin(requests::openRequests)).extracting(DataRequest::id).doesNotContain(access.id());
        assertThat(auditActions("PERSONAL_DATA_EXPORTED", "HOUSEHOLD request " + access.id())).isEqualTo(1);

        DataRequest erasure = AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ERASURE, DataSubject.HOUSEHOLD,
                " " + household.id() + " "));
        assertThat(Duration.between(erasure.receivedAt(), erasure.dueAt())).isEqualTo(Duration.ofDays(15));
        long visitsBefore = count("select count(*) from visit where household_id = ?", household.id());
        AsUser.provinceAdmin(() -> {
            requests.erase(erasure.id());
            return null;
        });

        var row = jdbc.sql("select head_name, address, phone, consent, adults from household where id = ?")
                .param(household.id()).query().singleRow();
        assertThat(row.get("head_name")).isNull();
        assertThat(row.get("address")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("consent")).isEqualTo("WITHDRAWN");
        assertThat(row.get("adults")).as("still counted").isNotNull();
        assertThat(count("select count(*) from household_aud where id = ? and (head_name is not null or phone is not null)",
                household.id())).isZero();
        assertThat(count("select count(*) from visit where household_id = ?", household.id())).isEqualTo(visitsBefore);
        assertThat(count("""
                select count(*) from visit where household_id = ? and (note is not null or latitude is not null)""",
                household.id())).isZero();
        assertThat(count("select count(*) from visit_aud where household_id = ? and note is not null", household.id()))
                .isZero();
        assertThat(jdbc.sql("select learner_key from lesson_completion where household_id = ?").param(household.id())
                .query(String.class).list()).allMatch(key -> key.startsWith("h:" + household.id() + ":#"));
        assertThat(count("select count(*) from lesson_completion where household_id = ? and person_name is not null",
                household.id())).isZero();
        assertThat(AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> households.worklist().households()))
                .extracting(HouseholdSummary::id).doesNotContain(household.id());
        KeptSums.equalARecount(app);
        assertThat(auditActions("PERSONAL_DATA_ERASED", "HOUSEHOLD request " + erasure.id())).isEqualTo(1);
        assertThatThrownBy(() -> AsUser.provinceAdmin(() -> {
            requests.erase(erasure.id());
            return null;
        })).isInstanceOf(PersonalDataRuleException.class).hasMessage("privacy.requestNotFound");
    }

    @Test
    void aLearnersDataIsExportedThenErasedAndTheirCompletionsStillCount() {
        String phone = Villagers.newPhone("1357");
        accounts.signUpLearner(new NewLearner("Vàng Thị Mỷ", phone, Villagers.aVillage(jdbc), "1357", true),
                newAddress());
        AsUser.as(Villagers.e164(phone), "LEARNER", () -> passALesson(null, null));
        long account = jdbc.sql("select id from user_account where username = ?").param(Villagers.e164(phone))
                .query(Long.class).single();

        DataRequest access = AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ACCESS, DataSubject.LEARNER, phone));
        assertThat(access.label()).isEqualTo(Villagers.e164(phone));
        String file = new String(AsUser.provinceAdmin(() -> requests.export(access.id())), StandardCharsets.UTF_8);
        assertThat(file).contains("Vàng Thị Mỷ", "SIGN_UP", "\"given\" : true").doesNotContain("password");

        DataRequest erasure = AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ERASURE, DataSubject.LEARNER,
                phone));
        AsUser.provinceAdmin(() -> {
            requests.erase(erasure.id());
            return null;
        });
        var row = jdbc.sql("select username, full_name, enabled from user_account where id = ?").param(account)
                .query().singleRow();
        assertThat(row.get("username")).isEqualTo("erased-" + account);
        assertThat(row.get("full_name")).isEqualTo("-");
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(count("select count(*) from account_consent where recorded_by = ?", Villagers.e164(phone))).isZero();
        assertThat(count("select count(*) from lesson_completion where learner_id = ?", account)).isEqualTo(1);
        KeptSums.equalARecount(app);
    }

    @Test
    void aRequestAboutSomeoneUnknownIsRefusedAtTheFieldAndOnlyTheProvinceAdminMayHandleRequests() {
        assertThatThrownBy(() -> AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ACCESS,
                DataSubject.HOUSEHOLD, "không phải số"))).isInstanceOf(PersonalDataRuleException.class)
                .hasMessage("privacy.notFound");
        assertThatThrownBy(() -> AsUser.provinceAdmin(() -> requests.open(DataRequestKind.ACCESS,
                DataSubject.LEARNER, "0999 999 999"))).isInstanceOf(PersonalDataRuleException.class);
        assertThatThrownBy(() -> AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER", requests::openRequests))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> requests.export(1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A household on the team member's worklist, visited with a note and a position, and a lesson taken with help. */
    private HouseholdSummary visitedWithAnAssistedLesson() {
        return AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER", () -> {
            HouseholdSummary household = households.worklist().households().stream()
                    .filter(h -> h.headName() != null).skip(7).findFirst().orElseThrow();
            VisitSubmission visit = new VisitSubmission(UUID.randomUUID().toString(), household.id(), null,
                    Instant.now(), Set.of(VisitActivity.QR_PAYMENT),
                    new Readiness(1, Internet.MOBILE, true, null, null, null, null), "Bác muốn học quét mã QR", true,
                    new Position(new BigDecimal("21.123456"), new BigDecimal("105.654321"), 12), false);
            assertThat(visits.record(visit).status()).isEqualTo(VisitStatus.SAVED);
            passALesson(household.id(), "Lò Thị Hoa");
            return household;
        });
    }

    private Object passALesson(Long householdId, String personName) {
        LessonToTake lesson = lessons.lesson("report-a-scam");
        AttemptSubmission answers = new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(),
                lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList());
        return householdId == null ? lessons.submit(answers) : lessons.submitAssisted(answers, householdId, personName);
    }

    private static String newAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private long auditActions(String action, String detail) {
        return count("select count(*) from audit_event where action = ? and detail = ?", action, detail);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
