package vn.langso.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.Application;
import vn.langso.place.NewPlace;
import vn.langso.place.PlaceService;
import vn.langso.security.AccountService;
import vn.langso.security.NewAccount;
import vn.langso.security.Role;
import vn.langso.support.AsUser;
import vn.langso.support.CommuneRosterFile;
import vn.langso.support.MariaDbApp;
import vn.langso.team.RosterImportResult;
import vn.langso.team.RosterService;

/**
 * Benchmark, run on purpose (not part of `verify`):
 * {@code ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RosterImportBenchmark}
 * (add {@code -Dlangso.bench.db=mariadb} for the local MariaDB).
 * <p>
 * Tuyên Quang's size (end of 2022): 138 commune teams with 1,351 members and 1,707 village teams with 8,866 members,
 * 10,217 in all. Each commune's roster is its own Excel file in the layout communes keep (title rows, merged
 * village cells, signature block); all 138 files are imported one after another, as 138 commune leaders would.
 * The import also sets up the 1,845 teams, none of which exist before.
 */
class RosterImportBenchmark {

    private static final int COMMUNES = 138;
    private static final int VILLAGES = 1_707;
    private static final int COMMUNE_MEMBERS = 1_351;
    private static final int VILLAGE_MEMBERS = 8_866;

    @Test
    void importTuyenQuangSizedRosters() throws Exception {
        boolean mariaDb = "mariadb".equals(System.getProperty("langso.bench.db"));
        MariaDbApp mariaDbApp = mariaDb ? new MariaDbApp(false) : null;
        ConfigurableApplicationContext app = mariaDb ? mariaDbApp.context()
                : new SpringApplicationBuilder(Application.class).run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--langso.demo.enabled=false");
        try {
            PlaceService places = app.getBean(PlaceService.class);
            RosterService roster = app.getBean(RosterService.class);
            AccountService accounts = app.getBean(AccountService.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            List<Long> communeIds = new ArrayList<>();
            List<byte[]> files = new ArrayList<>();
            long setupStarted = System.nanoTime();
            AsUser.provinceAdmin(() -> {
                long province = places.create(new NewPlace(null, "PROVINCE", "BENCH", "Tuyên Quang", LocalDate.of(2025, 7, 1)));
                accounts.createAccount(new NewAccount("admin", "benchmark-only", "Quản trị", Role.PROVINCE_ADMIN, province));
                Random random = new Random(8);
                int phone = 0;
                int villageCounter = 0;
                for (int c = 0; c < COMMUNES; c++) {
                    String communeName = "Xã Số " + (c + 1);
                    long commune = places.create(new NewPlace(province, "COMMUNE", "B" + c, communeName, null));
                    communeIds.add(commune);
                    CommuneRosterFile file = new CommuneRosterFile(communeName);
                    for (int m = 0; m < share(COMMUNE_MEMBERS, COMMUNES, c); m++) {
                        file.add("", name(random), phoneNumber(phone++), m == 0 ? "Tổ trưởng" : "Thành viên", "Cán bộ xã");
                    }
                    for (int v = 0; v < share(VILLAGES, COMMUNES, c); v++) {
                        String village = "Thôn " + (v + 1);
                        places.create(new NewPlace(commune, "VILLAGE", null, village.substring(5), null));
                        int members = share(VILLAGE_MEMBERS, VILLAGES, villageCounter++);
                        for (int m = 0; m < members; m++) {
                            file.add(village, name(random), phoneNumber(phone++), m == 0 ? "Tổ trưởng" : "Thành viên",
                                    m == 0 ? "Trưởng thôn" : "Đoàn Thanh niên");
                        }
                    }
                    files.add(file.xlsx());
                }
                return null;
            });
            System.out.printf("BENCHMARK setup: %d communes, %d files built in %d ms%n", COMMUNES, files.size(),
                    (System.nanoTime() - setupStarted) / 1_000_000);

            List<Long> perFileMs = new ArrayList<>();
            long started = System.nanoTime();
            int added = AsUser.provinceAdmin(() -> {
                int total = 0;
                for (int i = 0; i < communeIds.size(); i++) {
                    long fileStarted = System.nanoTime();
                    RosterImportResult result = roster.importRoster(communeIds.get(i), files.get(i), "ds.xlsx", null);
                    perFileMs.add((System.nanoTime() - fileStarted) / 1_000_000);
                    total += result.added();
                }
                return total;
            });
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            long teams = jdbc.sql("select count(*) from team").query(Long.class).single();
            long members = jdbc.sql("select count(*) from team_membership").query(Long.class).single();
            perFileMs.sort(Long::compare);
            System.out.printf("BENCHMARK roster import on %s: %d members into %d teams from %d files in %.1f s "
                            + "(%.0f members/s); per file p50 %d ms, p95 %d ms, max %d ms%n",
                    mariaDb ? "MariaDB" : "H2", added, teams, files.size(), elapsedMs / 1000.0,
                    added * 1000.0 / elapsedMs, perFileMs.get(perFileMs.size() / 2),
                    perFileMs.get((int) (perFileMs.size() * 0.95)), perFileMs.getLast());
            assertThat(members).isEqualTo(COMMUNE_MEMBERS + VILLAGE_MEMBERS);
            assertThat(teams).isEqualTo(COMMUNES + VILLAGES);
        } finally {
            if (mariaDbApp != null) {
                mariaDbApp.close();
            } else {
                app.close();
            }
        }
    }

    /** The i-th of {@code parts} near-equal shares of {@code total}. */
    private static int share(int total, int parts, int i) {
        return total / parts + (i < total % parts ? 1 : 0);
    }

    private static String phoneNumber(int i) {
        return String.format("09%d %03d %03d", 12 + i / 1_000_000, (i / 1000) % 1000, i % 1000);
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Hoàng", "Nông", "Ma", "Lý", "Đặng", "Triệu", "Hà"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Đức Cường", "Thị Dung", "Văn Hùng", "Thị Lan",
            "Minh Quân", "Thị Thảo", "Văn Tuấn", "Thị Yến"};

    private static String name(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }
}
