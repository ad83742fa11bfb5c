package vn.langso.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The load on Làng Số, written against Vaadin Flow's own protocol (no browser): 70 % learners take lessons, 25 %
 * team members load their worklist and save visits, 5 % leaders open their dashboard. Each virtual user signs in
 * once (the sign-in hash is slow on purpose) and then repeats its actions until the run ends: a closed model with a
 * constant number of people at once, after a ramp. Think times are 2-5 s after a page and 0.5-2 s between actions
 * (times {@code think}). Every request kind has its own name, so the figures are per kind.
 * <p>
 * A page load is what Flow's client does: the HTML, then {@code ?v-r=init} (UI id and security key), then a
 * {@code ui-navigate} event that builds the view. Taps are UIDL {@code event} RPCs on the node of the button the
 * person would tap, found in the UI tree kept from the answers ({@link VaadinPage}); after a tap the check is that the
 * screen changed the way a person would see it (the next step, the question, the score). A mismatch is a failed
 * request, so the script cannot silently stop doing its work. Settings come from {@link LoadSettings}.
 */
public class LangSoLoad extends Simulation {

    static final String PAGE = "vaadinPage";
    private static final String HEARTBEAT = "lastHeartbeat";
    private static final String BODY = "body";
    private static final String TIME = "responseTime";
    private static final String STATUS = "responseStatus";
    private static final String FAILED_BEFORE = "failedBefore";
    /** Spring Security's CSRF header, which {@code /api/session} names. */
    private static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final LoadSettings settings = LoadSettings.current();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.url())
            .acceptLanguageHeader("vi-VN,vi;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (Linux; Android 10; K) LangSoLoad")
            .disableFollowRedirect();

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        int[] split = settings.split();
        populations.add(population(learners(), split[0]));
        if (split[1] > 0) {
            populations.add(population(members(), split[1]));
        }
        if (split[2] > 0) {
            populations.add(population(leaders(), split[2]));
        }
        setUp(populations).protocols(protocol)
                .maxDuration(Duration.ofSeconds(settings.rampSeconds() + settings.steadySeconds() + 60));
    }

    /** The clock of the run starts with its first user (Gatling starts injecting some time after making this). */
    private ChainBuilder start() {
        return exec(session -> {
            settings.userStarts();
            return session;
        });
    }

    private PopulationBuilder population(ScenarioBuilder scenario, int users) {
        return scenario.injectClosed(rampConcurrentUsers(0).to(users).during(Math.max(1, settings.rampSeconds())),
                constantConcurrentUsers(users).during(settings.steadySeconds()));
    }

    // ---- the three kinds of people

    private ScenarioBuilder learners() {
        return scenario("learner").exec(start(), feed(listFeeder(settings.accounts("LEARNER")).circular()),
                signIn(), openPage("lesson list", "", "", page -> page.has("lesson-card")),
                exitHereIfFailed(),
                asLongAs(this::running).on(exec(afterPage(), takeALesson(), afterPage(),
                        navigate("lesson list", session -> "lessons", page -> page.has("lesson-card"))))
                        .exitHereIfFailed());
    }

    private ChainBuilder takeALesson() {
        return exec(navigate("lesson open", session -> randomLesson(page(session)),
                        page -> page.has("lesson-stage") && page.has("lesson-picture")),
                afterPage(),
                asLongAs(session -> !session.isFailed() && page(session).has("lesson-picture")).on(
                        uidl("lesson step", page -> page.click(last(page.buttonsIn("lesson-buttons"))),
                                page -> page.has("lesson-picture") || page.has("lesson-choices")),
                        betweenActions()),
                asLongAs(session -> !session.isFailed() && page(session).has("lesson-choices")).on(
                        uidl("answer", page -> page.click(randomOf(page.all(node -> node.hasClass("lesson-choice")))),
                                page -> page.has("lesson-choices") && last(page.buttonsIn("lesson-buttons")).isEnabled()),
                        betweenActions(),
                        uidl("next question", page -> page.click(last(page.buttonsIn("lesson-buttons"))),
                                page -> page.has("lesson-choices") || page.has("lesson-score")),
                        betweenActions()))
                .exitHereIfFailed()
                .exec(session -> {
                    if (page(session).has("lesson-score")) {
                        LoadRecorder.count("lessons finished");
                    }
                    return session;
                });
    }

    private ScenarioBuilder members() {
        return scenario("team member").exec(start(), feed(listFeeder(settings.accounts("TEAM_MEMBER")).circular()),
                signIn(), openPage("worklist page", "households", "",
                        page -> page.first(node -> "visit-app".equals(node.tag())).isPresent()),
                timed("session api", http("session api").get("/api/session"), status().is(200),
                        jsonPath("$.csrfHeader").is(CSRF_HEADER), jsonPath("$.csrfToken").saveAs("csrfToken")),
                exitHereIfFailed(),
                asLongAs(this::running).on(exec(
                        timed("worklist", http("worklist").get("/api/worklist").header("Accept", "application/json"),
                                status().is(200), jsonPath("$.households[*].id").findAll().saveAs("households")),
                        afterPage(),
                        timed("visit save", http("visit save").post("/api/visits")
                                .header("Content-Type", "application/json").header(CSRF_HEADER, "#{csrfToken}")
                                .body(StringBody(LangSoLoad::visit)),
                                status().is(200), jsonPath("$[0].status").in("SAVED", "CORRECTED")),
                        exec(session -> {
                            if (!session.isFailed()) {
                                LoadRecorder.count("visits saved");
                            }
                            return session;
                        }),
                        betweenActions()).exitHereIfFailed()));
    }

    private ScenarioBuilder leaders() {
        return scenario("leader").exec(start(), feed(listFeeder(settings.accounts("COMMUNE_LEADER")).circular()),
                signIn(), openPage("dashboard", "overview", "", page -> page.has("indicator-tiles")),
                exitHereIfFailed(),
                asLongAs(this::running).on(exec(afterPage(),
                        navigate("dashboard", session -> "overview?" + somePeriod(),
                                page -> page.has("indicator-tiles"))).exitHereIfFailed()));
    }

    // ---- steps

    /** The sign-in page, then the form post (Spring Security's CSRF token from the page, as the form sends it). */
    private ChainBuilder signIn() {
        return exec(openPage("sign-in page", "login", "", page -> page.first(node -> "vaadin-login-form".equals(
                node.tag())).isPresent()),
                exitHereIfFailed(),
                timed("sign-in", http("sign-in").post("/login").formParam("username", "#{username}")
                        .formParam("password", "#{password}").formParam("_csrf", "#{csrf}"),
                        status().is(302),
                        header("Location").transform(location -> location.contains("error")).is(false)),
                exitHereIfFailed());
    }

    /** A full page load: HTML, the UI's init, and the navigation event that builds the view. */
    private ChainBuilder openPage(String kind, String route, String query, Predicate<VaadinPage> shown) {
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        return exec(timed(kind + " (html)", http(kind + " (html)").get("/" + route), status().is(200),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")),
                timed(kind + " (init)", http(kind + " (init)").get("/?v-r=init&location=" + location + "&query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)), status().is(200),
                        bodyString().saveAs(BODY)),
                exec(session -> session.set(PAGE, VaadinPage.init(session.getString(BODY))).remove(BODY)
                        .set(HEARTBEAT, System.currentTimeMillis())),
                navigate(kind, session -> route + (query.isEmpty() ? "" : "?" + query), shown));
    }

    /** A tap on a link inside the app: Flow's {@code ui-navigate} event; {@code target} is "route?query". */
    private ChainBuilder navigate(String kind, Function<Session, String> target, Predicate<VaadinPage> shown) {
        return exec(session -> session.set("target", target.apply(session)))
                .exec(uidl(kind, (page, session) -> {
                    String to = session.getString("target");
                    int question = to.indexOf('?');
                    return question < 0 ? page.navigate(to, "")
                            : page.navigate(to.substring(0, question), to.substring(question + 1));
                }, shown));
    }

    private ChainBuilder uidl(String kind, Function<VaadinPage, String> body, Predicate<VaadinPage> shown) {
        return uidl(kind, (page, session) -> body.apply(page), shown);
    }

    private ChainBuilder uidl(String kind, java.util.function.BiFunction<VaadinPage, Session, String> body,
            Predicate<VaadinPage> shown) {
        return exec(heartbeatIfDue(), timed(kind, http(kind).post(session -> "/?v-r=uidl&v-uiId=" + page(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> body.apply(page(session), session))),
                status().is(200), bodyString().transformWithSession((text, session) -> {
                    VaadinPage page = page(session);
                    page.update(text);
                    if (!shown.test(page)) {
                        throw new IllegalStateException(kind + ": the page did not show what was expected; it shows "
                                + page.describe());
                    }
                    return true;
                }).is(true)));
    }

    /**
     * Flow's client sends a heartbeat for each open page every {@code vaadin.heartbeatInterval} (60 s) whatever the
     * person does, and the app removes a page that missed three (issue 8, "phones that vanish"). The load sends it,
     * as the phone would, before a tap when the page's last heartbeat is more than 55 s old: without it every page
     * open for over three minutes was removed under the person's fingers.
     */
    private static ChainBuilder heartbeatIfDue() {
        return doIf(session -> session.contains(HEARTBEAT)
                && System.currentTimeMillis() - session.getLong(HEARTBEAT) > 55_000).then(
                timed("heartbeat", http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + page(session).uiId())
                        .header("Content-Type", "text/plain;charset=utf-8"), status().is(200)),
                exec(session -> session.set(HEARTBEAT, System.currentTimeMillis())));
    }

    /**
     * A request whose time and outcome go to {@link LoadRecorder}: its own checks come after one that notes the
     * response time and status, and the session's failure mark is kept apart per request.
     */
    private static ChainBuilder timed(String kind, HttpRequestActionBuilder request, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>();
        all.add(responseTimeInMillis().saveAs(TIME));
        all.add(status().saveAs(STATUS));
        all.addAll(List.of(checks));
        return exec(session -> session.remove(TIME).remove(STATUS).set(FAILED_BEFORE, session.isFailed())
                        .markAsSucceeded())
                .exec(request.check(all.toArray(CheckBuilder[]::new)))
                .exec(session -> {
                    boolean ok = !session.isFailed();
                    long millis = session.contains(TIME) ? session.getLong(TIME) : -1;
                    String error = ok ? null : session.contains(STATUS) ? "HTTP " + session.getInt(STATUS)
                            : "no answer";
                    LoadRecorder.record(kind, millis, ok, error);
                    return ok && !session.getBoolean(FAILED_BEFORE) ? session : session.markAsFailed();
                });
    }

    private ChainBuilder afterPage() {
        return exec(pause(settings.think(2000), settings.think(5000)));
    }

    private ChainBuilder betweenActions() {
        return exec(pause(settings.think(500), settings.think(2000)));
    }

    private static ChainBuilder exitHereIfFailed() {
        return exec(io.gatling.javaapi.core.CoreDsl.exitHereIfFailed());
    }

    // ---- helpers

    private boolean running(Session session) {
        return Instant.now().isBefore(settings.end());
    }

    static VaadinPage page(Session session) {
        return session.get(PAGE);
    }

    private static String randomLesson(VaadinPage page) {
        VaadinPage.Node card = randomOf(page.all(node -> node.hasClass("lesson-card")));
        String href = card.attribute("href");
        if (href == null) {
            throw new IllegalStateException("a lesson card without a link: " + card);
        }
        return href;
    }

    private static String somePeriod() {
        int from = 1 + ThreadLocalRandom.current().nextInt(6);
        return "from=2026-%02d&to=2026-12".formatted(from);
    }

    /** One visit to a household of the member's worklist, as the visit screen sends it. */
    private static String visit(Session session) {
        List<Object> households = session.getList("households");
        if (households.isEmpty()) {
            throw new IllegalStateException("an empty worklist");
        }
        Object household = randomOf(households);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return """
                {"visits":[{"clientId":"%s","householdId":%s,"newHousehold":null,"visitedAt":"%s",\
                "activities":["VNEID","SCAM_AWARENESS"],"profile":{"smartphones":%d,"internet":"%s",\
                "bankOrWallet":%b,"vneidLevel2":%b,"onlineService":%b,"paysCashless":%b,"scamTargeted":false},\
                "note":"load test","consent":true,"position":null,"correction":false}]}"""
                .formatted(UUID.randomUUID(), household, Instant.now(), random.nextInt(4),
                        random.nextBoolean() ? "MOBILE" : "FIBRE", random.nextBoolean(), random.nextBoolean(),
                        random.nextBoolean(), random.nextBoolean());
    }

    private static <T> T randomOf(List<T> list) {
        if (list.isEmpty()) {
            throw new IllegalStateException("nothing to choose from");
        }
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    private static <T> T last(List<T> list) {
        if (list.isEmpty()) {
            throw new IllegalStateException("no buttons");
        }
        return list.getLast();
    }

    static Map<String, Object> account(String role, String username, String password) {
        return Map.of("role", role, "username", username, "password", password);
    }
}
