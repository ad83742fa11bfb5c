package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.e2e.PhoneBrowser;
import vn.langso.household.HouseholdService;
import vn.langso.household.HouseholdSummary;
import vn.langso.support.AsUser;
import vn.langso.support.DatabaseCable;
import vn.langso.support.DemoUsers;
import vn.langso.support.MariaDbApp;
import vn.langso.support.PhoneOverHttp;
import vn.langso.support.PhoneOverHttp.Answer;

/**
 * The database goes away while four phones hand in 100 visits over {@code POST /api/visits} (issue 9, "Database
 * outage"): a test-only proxy in front of MariaDB drops every connection and refuses new ones for a while. The phones
 * are told, quickly and in Vietnamese, that the server has trouble; they keep their visits and try again as the
 * visit screen does; the app reconnects by itself; in the end every visit is stored exactly once. Lines starting with
 * {@code OUTAGE} are the figures docs/SECURITY.md quotes.
 */
class PhonesKeepTheirVisitsThroughADatabaseOutageOnMariaDbIT {

    private static final int PHONES = 4;
    private static final int VISITS = 100;
    private static final int STORED_BEFORE_THE_CUT = 30;
    private static final long OUTAGE_MILLIS = 6_000;
    private static final long PACE_MILLIS = 300;
    private static final long RETRY_AFTER_FAILURE_MILLIS = 1_500;
    private static final long FAIL_FAST_MILLIS = 10_000;
    private static final String SERVER_TROUBLE = "Máy chủ đang gặp sự cố";
    private static final String DATABASE_DOWN = "Tạm thời không kết nối được cơ sở dữ liệu";
    private static final Pattern STORED = Pattern.compile(
            "\"id\":\"([^\"]+)\",\"status\":\"(SAVED|DUPLICATE|CORRECTED)\"");

    private static DatabaseCable cable;
    private static MariaDbApp app;

    @BeforeAll
    static void start() throws Exception {
        cable = MariaDbApp.cable();
        app = MariaDbApp.behind(cable);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    @Test
    void aHundredVisitsSentThroughAnOutageAreAllStoredOnceAfterThePhonesRetry() throws Exception {
        List<HouseholdSummary> worklist = AsUser.as(DemoUsers.TEAM_MEMBER, "TEAM_MEMBER",
                () -> app.bean(HouseholdService.class).worklist().households());
        JdbcClient jdbc = app.bean(JdbcClient.class);
        long before = jdbc.sql("select count(*) from visit").query(Long.class).single();
        List<PhoneOverHttp> phones = new ArrayList<>();
        for (int i = 0; i < PHONES; i++) {
            phones.add(PhoneOverHttp.signedIn(app.port(), DemoUsers.TEAM_MEMBER));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = new ArrayList<>();
        List<List<String>> made = new ArrayList<>();
        for (int p = 0; p < PHONES; p++) {
            made.add(new ArrayList<>());
        }
        for (int i = 0; i < VISITS; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            made.get(i % PHONES).add(visitJson(id, worklist.get(i % worklist.size()).id(),
                    now.minus(VISITS - i, ChronoUnit.MINUTES), i));
        }

        Tally tally = new Tally();
        ExecutorService threads = Executors.newFixedThreadPool(PHONES);
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < PHONES; p++) {
            PhoneOverHttp phone = phones.get(p);
            List<String> visits = made.get(p);
            running.add(threads.submit(() -> {
                useThePhone(phone, visits, tally);
                return null;
            }));
        }
        while (tally.stored.size() < STORED_BEFORE_THE_CUT) {
            Thread.sleep(20);
        }
        int storedAtTheCut = tally.stored.size();
        cable.cut();
        tally.cutAt.set(System.nanoTime());
        Thread.sleep(OUTAGE_MILLIS);
        cable.restore();
        tally.restoredAt.set(System.nanoTime());
        int storedDuringTheOutage = tally.storedWhileCut.get();
        for (Future<?> phone : running) {
            phone.get();
        }
        threads.shutdown();

        long stored = jdbc.sql("select count(*) from visit").query(Long.class).single() - before;
        long distinct = jdbc.sql("select count(distinct client_id) from visit where client_id in (:ids)")
                .param("ids", ids).query(Long.class).single();
        assertThat(tally.otherAnswers).as("no server error, no other answer than 200 or 503").isEmpty();
        assertThat(tally.refusedWhileCut.get()).as("sends refused during the outage").isPositive();
        assertThat(tally.messages).as("each refusal says so in Vietnamese")
                .allSatisfy(message -> assertThat(message).contains(SERVER_TROUBLE));
        assertThat(tally.slowestRefusal.get()).as("a refusal comes within seconds").isLessThan(FAIL_FAST_MILLIS);
        assertThat(storedDuringTheOutage).isZero();
        assertThat(Map.copyOf(tally.stored)).hasSize(VISITS);
        assertThat(stored).as("the visit table grew by exactly 100").isEqualTo(VISITS);
        assertThat(distinct).isEqualTo(VISITS);
        long recovery = (tally.firstStoredAfterRestore.get() - tally.restoredAt.get()) / 1_000_000;
        System.out.printf("OUTAGE visits: %d from %d phones over POST /api/visits; %d stored before the cut, database "
                + "cut for %d ms (%d connections dropped or refused); %d sends answered 503 with \"%s\" (slowest %d ms), "
                + "0 server errors; first visit stored %d ms after the database came back, no "
                + "restart; %d sends in all; %d of %d stored exactly once%n", VISITS, PHONES, storedAtTheCut,
                OUTAGE_MILLIS, cable.dropped(), tally.refusedWhileCut.get() + tally.refusedAfterwards.get(),
                tally.messages.isEmpty() ? "" : tally.messages.getFirst(), tally.slowestRefusal.get(),
                recovery, tally.sends.get(), distinct, VISITS);
    }

    @Test
    void aScreenUsedDuringTheOutageSaysTheDatabaseIsOutOfReachAndWorksAgainWithoutARestart() {
        try (PhoneBrowser browser = new PhoneBrowser(); BrowserContext phone = browser.newPhone()) {
            Page page = phone.newPage();
            page.navigate(url("/login"));
            PhoneBrowser.signInWithDemoAccount(page, DemoUsers.COMMUNE_LEADER);
            page.navigate(url("/households/register"));
            PhoneBrowser.waitForVaadin(page);
            cable.cut();
            try {
                page.getByLabel("Tìm theo tên chủ hộ").fill("nguyen");
                page.getByLabel("Tìm theo tên chủ hộ").press("Enter");
                page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(DATABASE_DOWN)).waitFor();
                String afterSearch = page.locator("body").innerText();
                PhoneBrowser.screenshot(page, "outage-search");
                for (String shown : List.of(afterSearch)) {
                    assertThat(shown).doesNotContain("Exception", "at vn.langso", "SQL", "Hikari");
                }
                System.out.printf("OUTAGE screens: a search on the household register shows \"%s\"; no stack trace; "
                        + "the teams screen opens again once the database is back, without a restart%n", DATABASE_DOWN);
            } finally {
                cable.restore();
            }
            page.navigate(url("/teams"));
            PhoneBrowser.waitForVaadin(page);
            assertThat(page.locator("body").innerText()).doesNotContain(DATABASE_DOWN).contains("Tổ Công nghệ số cộng đồng");
        }
    }

    private static String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    /** Makes a visit every {@link #PACE_MILLIS}, sends the queue as the visit screen does, keeps what is not stored. */
    private void useThePhone(PhoneOverHttp phone, List<String> visits, Tally tally) throws Exception {
        Map<String, String> queue = new java.util.LinkedHashMap<>();
        long nextTry = 0;
        int made = 0;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while ((made < visits.size() || !queue.isEmpty()) && System.nanoTime() < deadline) {
            if (made < visits.size()) {
                String visit = visits.get(made++);
                queue.put(visit.substring(visit.indexOf(":\"") + 2, visit.indexOf("\",")), visit);
            }
            if (System.nanoTime() >= nextTry) {
                boolean cut = tally.isCut();
                Answer answer = phone.postVisits("{\"visits\":[" + String.join(",", queue.values()) + "]}");
                tally.sends.incrementAndGet();
                if (answer.status() == 200) {
                    Matcher receipt = STORED.matcher(answer.body());
                    while (receipt.find()) {
                        queue.remove(receipt.group(1));
                        tally.store(receipt.group(1), cut);
                    }
                } else if (answer.status() == 503) {
                    tally.refused(answer, cut);
                    nextTry = System.nanoTime() + RETRY_AFTER_FAILURE_MILLIS * 1_000_000;
                } else {
                    tally.otherAnswers.add(answer.status() + " " + answer.body());
                }
            }
            Thread.sleep(PACE_MILLIS);
        }
    }

    private static String visitJson(String id, long household, Instant visitedAt, int i) {
        return """
                {"clientId":"%s","householdId":%d,"newHousehold":null,"visitedAt":"%s","activities":["VNEID"],\
                "profile":{"smartphones":%d,"internet":"MOBILE"},"note":"Lượt %d","consent":true,"position":null,\
                "correction":false}""".formatted(id, household, visitedAt, 1 + i % 3, i);
    }

    private static final class Tally {
        final Map<String, Boolean> stored = new ConcurrentHashMap<>();
        final AtomicInteger storedWhileCut = new AtomicInteger();
        final AtomicInteger refusedWhileCut = new AtomicInteger();
        final AtomicInteger refusedAfterwards = new AtomicInteger();
        final AtomicInteger sends = new AtomicInteger();
        final AtomicLong slowestRefusal = new AtomicLong();
        final AtomicLong cutAt = new AtomicLong();
        final AtomicLong restoredAt = new AtomicLong();
        final AtomicLong firstStoredAfterRestore = new AtomicLong();
        final List<String> messages = new CopyOnWriteArrayList<>();
        final List<String> otherAnswers = new CopyOnWriteArrayList<>();

        boolean isCut() {
            return cutAt.get() != 0 && restoredAt.get() == 0;
        }

        void store(String id, boolean sentWhileCut) {
            stored.put(id, true);
            if (sentWhileCut && isCut()) {
                storedWhileCut.incrementAndGet();
            }
            if (restoredAt.get() != 0) {
                firstStoredAfterRestore.compareAndSet(0, System.nanoTime());
            }
        }

        void refused(Answer answer, boolean sentWhileCut) {
            (sentWhileCut ? refusedWhileCut : refusedAfterwards).incrementAndGet();
            slowestRefusal.accumulateAndGet(answer.millis(), Math::max);
            messages.add(answer.body());
        }
    }
}
