package vn.langso.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;
import vn.langso.support.Machine;

/**
 * Benchmark, run on purpose (not part of `verify`):
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PageWeightBenchmark}
 * <p>
 * Chromium at 360x800 on "slow 4G" (Chrome DevTools Protocol: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up)
 * with the CPU slowed 4x, against the app with its production frontend bundle and compression:
 * <ul>
 * <li>the sign-in page and a lesson page, first visit (a fresh browser profile: empty cache, no service worker) and
 * repeat visit (the same page loaded again): bytes on the wire (compressed, the sum of {@code encodedDataLength}), and
 * the time until the page can be used (its field or button visible and enabled, and Vaadin's client loaded with no
 * round trip under way). The service worker's own downloads (its precache, fetched after the page is usable) are
 * counted apart;</li>
 * <li>the round trips, and their response sizes, when a learner answers a question and when a team member saves a
 * visit.</li>
 * </ul>
 * Results: {@code target/perf/page-weight.json} and a Markdown table on the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageWeightBenchmark {

    private static final String LESSON = "lessons/fake-links-and-prize-messages";
    private static final double FIRST_VISIT_KB = 300;
    private static final long FIRST_USABLE_MS = 4000;
    private static final long REPEAT_USABLE_MS = 1500;
    private static final double RESPONSE_KB = 5;
    private static final Path OUT = Path.of("target", "perf");

    @LocalServerPort
    int port;

    private final List<Map<String, Object>> loads = new ArrayList<>();
    private final List<Map<String, Object>> actions = new ArrayList<>();

    @Test
    void pagesAndRoundTripsOnSlow4g() throws Exception {
        String load = Machine.loadAverage();
        try {
            measure();
        } finally {
            write(load);
        }
    }

    private void measure() {
        try (PhoneBrowser browser = new PhoneBrowser()) {
            try (BrowserContext phone = browser.newPhone()) {
                Traffic traffic = new Traffic(phone);
                Page page = traffic.page;
                for (String visit : new String[] {"first", "repeat"}) {
                    measureLoad(traffic, "sign-in", visit, "/login",
                            () -> page.locator("input[name=username]"));
                }
            }
            try (BrowserContext phone = browser.newPhone()) {
                signInWithoutLoadingAPage(phone, DemoUsers.LEARNER);
                Traffic traffic = new Traffic(phone);
                Page page = traffic.page;
                for (String visit : new String[] {"first", "repeat"}) {
                    measureLoad(traffic, "lesson", visit, "/" + LESSON, () -> button(page, "Tiếp"));
                }
                answerAQuestion(traffic);
            }
            try (BrowserContext phone = browser.newPhone()) {
                saveAVisit(new Traffic(phone), phone);
            }
        }
    }

    private void write(String load) throws java.io.IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measuredAt", Instant.now().toString());
        result.put("machine", Machine.describe());
        result.put("loadAverageAtStart", load);
        result.put("loadAverageAtEnd", Machine.loadAverage());
        result.put("network", "CDP Network.emulateNetworkConditions latency 150 ms, down 1.6 Mbit/s, up 750 kbit/s; "
                + "Emulation.setCPUThrottlingRate 4; Chromium " + PhoneBrowser.CHROMIUM + " at 360x800");
        result.put("targets", Map.of("firstVisitKb", FIRST_VISIT_KB, "firstUsableMs", FIRST_USABLE_MS,
                "repeatUsableMs", REPEAT_USABLE_MS, "roundTripsPerAction", 1, "responseKb", RESPONSE_KB));
        result.put("pageLoads", loads);
        result.put("actions", actions);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("page-weight.json"),
                new GsonBuilder().setPrettyPrinting().create().toJson(result), StandardCharsets.UTF_8);
        printTable();
    }

    private void measureLoad(Traffic traffic, String name, String visit, String path,
            java.util.function.Supplier<Locator> usable) {
        Page page = traffic.page;
        traffic.reset();
        long started = System.nanoTime();
        page.navigate("http://localhost:" + port + path);
        Locator control = usable.get();
        control.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(60_000));
        PhoneBrowser.waitForVaadin(page);
        assertThat(control).isEnabled();
        long usableMs = (System.nanoTime() - started) / 1_000_000;
        long bytesWhenUsable = traffic.pageBytes.get();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // the service worker's downloads, where the page registered one (only a team member's pages do)
        page.evaluate("""
                () => navigator.serviceWorker ? navigator.serviceWorker.getRegistration()
                    .then(worker => worker ? navigator.serviceWorker.ready.then(() => true) : true) : true""");
        page.waitForTimeout(500);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("page", name);
        row.put("visit", visit);
        row.put("path", path);
        row.put("usableMs", usableMs);
        row.put("kbUntilUsable", kb(bytesWhenUsable));
        row.put("kbUntilNetworkIdle", kb(traffic.pageBytes.get()));
        row.put("requests", traffic.requests.get());
        row.put("kbServiceWorker", kb(traffic.workerBytes.get()));
        // every request of the page, largest first, so that two runs can be compared request by request
        row.put("largest", traffic.largest(Integer.MAX_VALUE));
        boolean first = visit.equals("first");
        row.put("meetsTargets", usableMs <= (first ? FIRST_USABLE_MS : REPEAT_USABLE_MS)
                && (!first || traffic.pageBytes.get() / 1024.0 <= FIRST_VISIT_KB));
        loads.add(row);
        System.out.printf(Locale.ROOT, "BENCHMARK %s %s visit: usable after %d ms, %.1f KB until usable, %.1f KB "
                        + "until network idle in %d requests, service worker %.1f KB%n", name, visit, usableMs,
                kb(bytesWhenUsable), kb(traffic.pageBytes.get()), traffic.requests.get(),
                kb(traffic.workerBytes.get()));
        traffic.largest(8).forEach(entry -> System.out.printf(Locale.ROOT, "BENCHMARK   %7.1f KB  %s%n",
                entry.get("kb"), entry.get("url")));
    }

    /** Reads the lesson's steps, opens the questions and taps a choice, then "next". */
    private void answerAQuestion(Traffic traffic) {
        Page page = traffic.page;
        for (int step = 0; step < 20 && button(page, "Làm bài tập").count() == 0; step++) {
            button(page, "Tiếp").click();
            PhoneBrowser.waitForVaadin(page);
        }
        button(page, "Làm bài tập").click();
        PhoneBrowser.waitForVaadin(page);
        Locator choice = page.locator(".lesson-choices vaadin-button").first();
        record(traffic, "learner answers a question (taps a choice)", () -> {
            choice.click();
            assertThat(page.locator(".lesson-choices vaadin-button[aria-checked=true]")).hasCount(1);
        });
        record(traffic, "learner goes to the next question", () -> {
            String counter = page.locator(".lesson-counter").innerText();
            button(page, "Tiếp").click();
            assertThat(page.locator(".lesson-counter")).not().hasText(counter);
        });
    }

    /** Opens the worklist, the first household, ticks one thing done and one answer, consents if asked, saves. */
    private void saveAVisit(Traffic traffic, BrowserContext phone) {
        Page page = traffic.page;
        signInWithoutLoadingAPage(phone, DemoUsers.TEAM_MEMBER);
        page.navigate("http://localhost:" + port + "/households");
        assertThat(page.locator("visit-app .card").first()).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("visit-app .card").first().click();
        Locator form = page.locator("visit-form");
        form.getByText("Cài, kích hoạt VNeID").click();
        Locator consent = form.getByText("Đồng ý", new Locator.GetByTextOptions().setExact(true));
        if (consent.count() > 0) {
            consent.click();
        }
        form.locator("[aria-labelledby=q-vneidLevel2] button").first().click();
        record(traffic, "team member saves a visit", () -> {
            form.locator(".save").click();
            assertThat(page.locator("visit-form")).hasCount(0);
            assertThat(page.locator("visit-app .count")).hasAttribute("data-waiting", "0",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            page.waitForLoadState(LoadState.NETWORKIDLE);
        });
    }

    private void record(Traffic traffic, String what, Runnable action) {
        traffic.reset();
        long started = System.nanoTime();
        action.run();
        PhoneBrowser.waitForVaadin(traffic.page);
        long ms = (System.nanoTime() - started) / 1_000_000;
        List<Map<String, Object>> requests = traffic.all();
        double largest = requests.stream().mapToDouble(r -> (Double) r.get("kb")).max().orElse(0);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("action", what);
        row.put("roundTrips", requests.size());
        row.put("kbLargestResponse", largest);
        row.put("ms", ms);
        row.put("requests", requests);
        row.put("meetsTargets", requests.size() <= 1 && largest <= RESPONSE_KB);
        actions.add(row);
        System.out.printf(Locale.ROOT, "BENCHMARK %s: %d round trips, largest response %.1f KB, %d ms: %s%n", what,
                requests.size(), largest, ms, requests);
    }

    private void printTable() {
        StringBuilder table = new StringBuilder("\n| page | visit | usable | target | KB until usable | KB until idle "
                + "| service worker KB | target |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> row : loads) {
            boolean first = row.get("visit").equals("first");
            table.append(String.format(Locale.ROOT, "| %s | %s | %d ms | ≤ %d ms | %.1f | %.1f | %.1f | %s |%n",
                    row.get("page"), row.get("visit"), (Long) row.get("usableMs"),
                    first ? FIRST_USABLE_MS : REPEAT_USABLE_MS, (Double) row.get("kbUntilUsable"),
                    (Double) row.get("kbUntilNetworkIdle"), (Double) row.get("kbServiceWorker"),
                    first ? "≤ " + (int) FIRST_VISIT_KB + " KB" : "—"));
        }
        table.append("\n| action | round trips | largest response | target |\n|---|---:|---:|---|\n");
        for (Map<String, Object> row : actions) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f KB | 1, ≤ %.0f KB %s |%n", row.get("action"),
                    (Integer) row.get("roundTrips"), (Double) row.get("kbLargestResponse"), RESPONSE_KB,
                    Boolean.TRUE.equals(row.get("meetsTargets")) ? "✔" : "✘"));
        }
        System.out.println(table);
    }

    /** Signs in through the sign-in form's POST, so the first page measured still starts with an empty cache. */
    private void signInWithoutLoadingAPage(BrowserContext phone, String username) {
        var response = phone.request().post("http://localhost:" + port + "/login", RequestOptions.create()
                .setForm(FormData.create().set("username", username).set("password", DemoUsers.PASSWORD))
                .setMaxRedirects(0));
        org.assertj.core.api.Assertions.assertThat(response.headers().get("location")).doesNotContain("error");
    }

    private static Locator button(Page page, String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text)).filter(
                new Locator.FilterOptions().setVisible(true)).first();
    }

    private static double kb(long bytes) {
        return Math.round(bytes / 102.4) / 10.0;
    }

    /** What goes over the (throttled) network for one page: its own requests, and its service worker's apart. */
    private static final class Traffic {
        final Page page;
        final AtomicLong pageBytes = new AtomicLong();
        final AtomicLong workerBytes = new AtomicLong();
        final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        final Map<String, String> urls = new ConcurrentHashMap<>();
        final Map<String, Long> sizes = new ConcurrentHashMap<>();
        final List<Map<String, Object>> finished = java.util.Collections.synchronizedList(new ArrayList<>());

        Traffic(BrowserContext phone) {
            page = phone.newPage();
            CDPSession cdp = phone.newCDPSession(page);
            cdp.on("Network.requestWillBeSent", event -> urls.put(event.get("requestId").getAsString(),
                    event.getAsJsonObject("request").get("url").getAsString()));
            cdp.on("Network.loadingFinished", event -> {
                long size = event.get("encodedDataLength").getAsLong();
                String url = urls.getOrDefault(event.get("requestId").getAsString(), "?")
                        .replaceFirst("^http://localhost:\\d+", "");
                if (url.startsWith("data:")) {
                    return; // inlined in a stylesheet: nothing goes over the network
                }
                pageBytes.addAndGet(size);
                requests.incrementAndGet();
                sizes.merge(url, size, Long::sum);
                Map<String, Object> request = new LinkedHashMap<>();
                request.put("url", url.length() > 80 ? url.substring(0, 80) : url);
                request.put("kb", kb(size));
                finished.add(request);
            });
            phone.onRequestFinished(request -> {
                if (fromServiceWorker(request)) {
                    var sizesOfIt = request.sizes();
                    workerBytes.addAndGet(Math.max(0, sizesOfIt.responseBodySize)
                            + Math.max(0, sizesOfIt.responseHeadersSize));
                }
            });
            cdp.send("Network.enable");
            JsonObject slow4g = new JsonObject();
            slow4g.addProperty("offline", false);
            slow4g.addProperty("latency", 150);
            slow4g.addProperty("downloadThroughput", 1.6 * 1000 * 1000 / 8);
            slow4g.addProperty("uploadThroughput", 750 * 1000 / 8.0);
            cdp.send("Network.emulateNetworkConditions", slow4g);
            JsonObject cpu = new JsonObject();
            cpu.addProperty("rate", 4);
            cdp.send("Emulation.setCPUThrottlingRate", cpu);
        }

        /** Requests of the page have a frame; those of its service worker have none. */
        private static boolean fromServiceWorker(com.microsoft.playwright.Request request) {
            try {
                request.frame();
                return false;
            } catch (com.microsoft.playwright.PlaywrightException | NullPointerException noFrame) {
                return true;
            }
        }

        void reset() {
            pageBytes.set(0);
            workerBytes.set(0);
            requests.set(0);
            sizes.clear();
            finished.clear();
        }

        List<Map<String, Object>> all() {
            synchronized (finished) {
                return List.copyOf(finished);
            }
        }

        List<Map<String, Object>> largest(int top) {
            return sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                    .map(entry -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("url", entry.getKey().length() > 90 ? entry.getKey().substring(0, 90) : entry.getKey());
                        row.put("kb", kb(entry.getValue()));
                        return row;
                    }).toList();
        }
    }
}
