package vn.langso.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.langso.place.MergeCommunes;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.support.AsUser;
import vn.langso.support.CommuneRosterFile;
import vn.langso.support.MariaDbApp;
import vn.langso.team.CommuneCoverage;
import vn.langso.team.RosterImportResult;
import vn.langso.team.RosterPreview;
import vn.langso.team.RosterPreviewRow.Outcome;
import vn.langso.team.RosterService;
import vn.langso.team.TeamService;

/** The roster queries that matter (coverage, import with its batch look-ups, merge, change history) on MariaDB. */
class RosterQueriesOnMariaDbIT {

    private static MariaDbApp mariaDb;
    private static PlaceService places;
    private static TeamService teams;
    private static RosterService roster;
    private static JdbcClient jdbc;

    @BeforeAll
    static void start() throws SQLException {
        mariaDb = new MariaDbApp();
        places = mariaDb.bean(PlaceService.class);
        teams = mariaDb.bean(TeamService.class);
        roster = mariaDb.bean(RosterService.class);
        jdbc = mariaDb.bean(JdbcClient.class);
    }

    @AfterAll
    static void stop() throws SQLException {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Test
    void coverageFlagsVillagesWithoutTeamAndCountsMembers() {
        AsUser.provinceAdmin(() -> {
            PlaceRef commune = places.communesInMyScope().getFirst();
            CommuneCoverage coverage = teams.coverage(commune.id());
            long withTeamInDb = jdbc.sql("""
                    select count(distinct t.place_id) from team t join place v on v.id = t.place_id
                    where v.parent_id = ? and t.status = 'ACTIVE'""").param(commune.id()).query(Long.class).single();
            assertThat(coverage.villagesWithTeam()).isEqualTo(withTeamInDb);
            assertThat(coverage.villages()).hasSize(places.villagesOf(commune.id()).size());
            long membersInDb = jdbc.sql("""
                    select count(*) from team_membership m join team t on t.id = m.team_id
                    where t.place_id = ? and m.left_on is null""").param(commune.id()).query(Long.class).single();
            assertThat(coverage.commune().activeMembers()).isEqualTo(membersInDb);
            return null;
        });
    }

    @Test
    void importingARosterTwiceAddsEveryoneOnceAndKeepsVietnameseNames() {
        AsUser.provinceAdmin(() -> {
            PlaceRef commune = places.communesInMyScope().get(1);
            List<PlaceRef> villages = places.villagesOf(commune.id());
            byte[] file = new CommuneRosterFile(commune.name())
                    .add(villages.getFirst().name(), "Nguyễn Thị Ánh Tuyết", "0983 444 555", "Tổ trưởng", "Trưởng thôn")
                    .add(villages.getFirst().name(), "Đặng Văn Hưởng", "0983.444.556", "Thành viên", "Công an xã")
                    .add(villages.getLast().name(), "Lò Thị Ỏn", "84983444557", "Thành viên", "Giáo viên").xlsx();
            RosterPreview preview = roster.preview(commune.id(), file, "ds.xlsx", null);
            assertThat(preview.count(Outcome.ADD)).isEqualTo(3);
            RosterImportResult first = roster.importRoster(commune.id(), file, "ds.xlsx", null);
            assertThat(first.added()).isEqualTo(3);
            assertThat(roster.preview(commune.id(), file, "ds.xlsx", null).count(Outcome.ALREADY_MEMBER)).isEqualTo(3);
            assertThat(jdbc.sql("select full_name from person where phone = '+84983444557'").query(String.class)
                    .single()).isEqualTo("Lò Thị Ỏn");
            assertThat(jdbc.sql("select count(*) from person_aud a join revision_info r on r.id = a.rev "
                    + "where a.phone like '+8498344455%' and r.changed_by = ?").param("admin")
                    .query(Long.class).single()).as("every change is in the history with who made it").isEqualTo(3);
            return null;
        });
    }

    @Test
    void mergedCommunesBringTheirTeams() {
        AsUser.provinceAdmin(() -> {
            List<PlaceRef> communes = places.communesInMyScope();
            PlaceRef a = communes.get(communes.size() - 1);
            PlaceRef b = communes.get(communes.size() - 2);
            long teamsBefore = teams.coverage(a.id()).villagesWithTeam() + teams.coverage(b.id()).villagesWithTeam();
            long merged = places.merge(new MergeCommunes(List.of(a.id(), b.id()), "COMMUNE", "Đoàn Kết Mới", null,
                    LocalDate.of(2025, 7, 1)));
            assertThat(teams.coverage(merged).villagesWithTeam()).isEqualTo(teamsBefore);
            return null;
        });
    }
}
