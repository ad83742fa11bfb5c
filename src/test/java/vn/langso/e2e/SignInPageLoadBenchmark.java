package vn.langso.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, run on purpose (not part of `verify`):
 * {@code ./mvnw verify -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SignInPageLoadBenchmark}.
 * The sign-in page at 360x800 on "slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) with the CPU 4x
 * slower: bytes transferred (compressed, as on the wire) and time until the form can be used, first and repeat visit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInPageLoadBenchmark {

    @LocalServerPort
    int port;

    @Test
    void signInPageOnSlow4g() {
        try (PhoneBrowser browser = new PhoneBrowser(); BrowserContext phone = browser.newPhone()) {
            Page page = phone.newPage();
            CDPSession cdp = phone.newCDPSession(page);
            AtomicLong bytes = new AtomicLong();
            Map<String, String> urls = new ConcurrentHashMap<>();
            Map<String, Long> sizes = new ConcurrentHashMap<>();
            cdp.on("Network.requestWillBeSent", event -> urls.put(event.get("requestId").getAsString(),
                    event.getAsJsonObject("request").get("url").getAsString()));
            cdp.on("Network.loadingFinished", event -> {
                long size = event.get("encodedDataLength").getAsLong();
                bytes.addAndGet(size);
                sizes.merge(urls.getOrDefault(event.get("requestId").getAsString(), "?")
                        .replaceFirst("^http://localhost:\\d+", ""), size, Long::sum);
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

            for (String visit : new String[] {"first", "repeat"}) {
                bytes.set(0);
                sizes.clear();
                long started = System.nanoTime();
                page.navigate("http://localhost:" + port + "/login");
                page.locator("input[name=username]").waitFor(
                        new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
                long usableMs = (System.nanoTime() - started) / 1_000_000;
                long bytesWhenUsable = bytes.get();
                page.waitForLoadState(LoadState.NETWORKIDLE);
                Object lcp = page.evaluate("""
                        () => new Promise(done => new PerformanceObserver(list => {
                            const entries = list.getEntries(); done(Math.round(entries[entries.length - 1].startTime));
                        }).observe({type: 'largest-contentful-paint', buffered: true}))""");
                System.out.printf("BENCHMARK sign-in %s visit: usable after %d ms, LCP %s ms, %.1f KB transferred "
                                + "until usable, %.1f KB until network idle (the page's own requests; a service worker's precache is not counted)%n",
                        visit, usableMs, lcp, bytesWhenUsable / 1024.0, bytes.get() / 1024.0);
                sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                        .forEach(entry -> System.out.printf("BENCHMARK   %7.1f KB  %s%n", entry.getValue() / 1024.0,
                                entry.getKey().length() > 90 ? entry.getKey().substring(0, 90) : entry.getKey()));
            }
        }
    }
}
