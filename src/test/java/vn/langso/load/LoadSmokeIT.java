package vn.langso.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;

/**
 * The load test in small, in every {@code verify}, so it cannot rot: 10 people for about 30 seconds (7 learners,
 * 2 team members, 1 leader, the demo accounts, think times cut to a quarter) against the app on its own in-memory
 * demo database. It fails if any request fails or a step stops finding what a person would see (the protocol or
 * a screen changed). The real run is {@code scripts/perf.sh}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:langso-load-smoke;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class LoadSmokeIT {

    @LocalServerPort
    int port;

    @Test
    void tenPeopleLearnVisitAndReadTheDashboardWithoutAnError() throws Exception {
        Path folder = Path.of("target", "load-smoke");
        Files.createDirectories(folder);
        Path accounts = folder.resolve("accounts.csv");
        Files.writeString(accounts, String.join("\n", "LEARNER," + DemoUsers.LEARNER + ",langso2026",
                "TEAM_MEMBER," + DemoUsers.TEAM_MEMBER + ",langso2026",
                "COMMUNE_LEADER," + DemoUsers.COMMUNE_LEADER + ",langso2026"), StandardCharsets.UTF_8);
        System.setProperty("langso.load.url", "http://localhost:" + port);
        System.setProperty("langso.load.users", "10");
        System.setProperty("langso.load.ramp", "3");
        System.setProperty("langso.load.steady", "27");
        System.setProperty("langso.load.think", "0.25");
        System.setProperty("langso.load.accounts", accounts.toString());

        LoadRun.Result result = LoadRun.run(folder.resolve("gatling"), folder.resolve("load-10.json"));

        assertThat(result.errors()).as("failed requests").isEmpty();
        assertThat(result.gatlingStatus()).isZero();
        assertThat(result.whole()).containsKeys("sign-in", "lesson open", "lesson step", "answer", "next question",
                "worklist page", "worklist", "visit save", "dashboard");
        assertThat(result.whole().get("all").errors()).isZero();
        assertThat(result.events()).as("what the people got done")
                .hasEntrySatisfying("lessons finished", count -> assertThat(count).isPositive())
                .hasEntrySatisfying("visits saved", count -> assertThat(count).isPositive());
    }
}
