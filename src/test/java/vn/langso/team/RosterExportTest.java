package vn.langso.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.support.DemoUsers;

/** An exported roster is in the import template's columns, so reading it back gives the same people. */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails(DemoUsers.COMMUNE_LEADER)
class RosterExportTest {

    @Autowired
    RosterService roster;

    @Autowired
    TeamService teams;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommunesExportReadsBackAsTheSameMembersAndTeams() {
        long commune = jdbc.sql("select place_id from user_account where username = ?").param(DemoUsers.COMMUNE_LEADER)
                .query(Long.class).single();
        byte[] xlsx = roster.exportRoster(commune);
        RosterSheet sheet = RosterFileReader.read(new ByteArrayInputStream(xlsx), "export.xlsx");

        CommuneCoverage coverage = teams.coverage(commune);
        long members = coverage.commune().activeMembers()
                + coverage.villages().stream().mapToLong(PlaceTeamRow::activeMembers).sum();
        assertThat(sheet.rows()).hasSize((int) members);
        RosterPreview again = roster.preview(commune, xlsx, "export.xlsx", null);
        assertThat(again.count(RosterPreviewRow.Outcome.ALREADY_MEMBER)).isEqualTo(members);
        assertThat(again.count(RosterPreviewRow.Outcome.REFUSED)).isZero();
    }

    @Test
    void oneTeamsExportHoldsItsMembersWithTheirRoles() {
        long commune = jdbc.sql("select place_id from user_account where username = ?").param(DemoUsers.COMMUNE_LEADER)
                .query(Long.class).single();
        long teamId = teams.coverage(commune).commune().teamId();
        RosterSheet sheet = RosterFileReader.read(new ByteArrayInputStream(roster.exportTeam(teamId)), "team.xlsx");
        List<String> names = sheet.rows().stream().map(row -> row.values().get(RosterField.FULL_NAME)).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                teams.team(teamId).members().stream().map(MemberRow::fullName).toList());
        assertThat(sheet.rows()).anySatisfy(row -> assertThat(row.values().get(RosterField.TEAM_ROLE)).isEqualTo("Tổ trưởng"));
    }
}
