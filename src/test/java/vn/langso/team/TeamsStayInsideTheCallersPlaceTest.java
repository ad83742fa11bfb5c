package vn.langso.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.support.DemoUsers;

/** By-id and by-parameter attempts at another commune's or village's teams, for each role. */
@SpringBootTest
@ActiveProfiles("test")
class TeamsStayInsideTheCallersPlaceTest {

    @Autowired
    TeamService teams;

    @Autowired
    RosterService roster;

    @Autowired
    JdbcClient jdbc;

    private long otherCommune;
    private long otherCommuneTeam;
    private long otherMembership;
    private long ownVillageTeam;

    @BeforeEach
    void findAnotherCommunesTeam() {
        String leadersPath = jdbc.sql("select p.path from place p join user_account u on u.place_id = p.id where u.username = ?")
                .param(DemoUsers.COMMUNE_LEADER).query(String.class).single();
        otherCommune = jdbc.sql("""
                select p.id from place p where p.type_code = 'COMMUNE' and p.active = true and p.path <> ?
                order by p.id limit 1""").param(leadersPath).query(Long.class).single();
        otherCommuneTeam = jdbc.sql("select id from team where place_id = ?").param(otherCommune).query(Long.class).single();
        otherMembership = jdbc.sql("select min(id) from team_membership where team_id = ?").param(otherCommuneTeam)
                .query(Long.class).single();
        ownVillageTeam = jdbc.sql("select t.id from team t join user_account u on u.place_id = t.place_id where u.username = ?")
                .param(DemoUsers.TEAM_MEMBER).query(Long.class).single();
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeaderCannotReadOrChangeAnotherCommunesTeam() {
        assertThatThrownBy(() -> teams.coverage(otherCommune)).isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> teams.team(otherCommuneTeam)).isInstanceOf(TeamNotFoundException.class);
        assertThatThrownBy(() -> teams.addMember(otherCommuneTeam, new NewMember("Kẻ Lạ", "0987 000 111", null,
                null, TeamRole.MEMBER, Affiliation.OTHER, null))).isInstanceOf(TeamNotFoundException.class);
        assertThatThrownBy(() -> teams.endMembership(otherMembership, LocalDate.now()))
                .isInstanceOf(TeamNotFoundException.class);
        assertThatThrownBy(() -> teams.recordDecision(otherCommuneTeam, 0, new TeamDecision("1/QĐ", null, null)))
                .isInstanceOf(TeamNotFoundException.class);
        assertThatThrownBy(() -> teams.createTeam(new NewTeam(otherCommune, new TeamDecision(null, null, null))))
                .isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> roster.exportRoster(otherCommune)).isInstanceOf(PlaceNotFoundException.class);
        assertThat(jdbc.sql("select count(*) from person where phone = '+84987000111'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from team_membership where id = ? and left_on is null")
                .param(otherMembership).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void aTeamMemberReadsTheirOwnTeamOnlyAndChangesNothing() {
        assertThat(teams.team(ownVillageTeam).members()).isNotEmpty();
        assertThatThrownBy(() -> teams.team(otherCommuneTeam)).isInstanceOf(TeamNotFoundException.class);
        assertThatThrownBy(() -> teams.addMember(ownVillageTeam, new NewMember("Kẻ Lạ", "0987 000 112", null, null,
                TeamRole.MEMBER, Affiliation.OTHER, null))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> teams.coverage(otherCommune)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void aLearnerSeesNoTeams() {
        assertThatThrownBy(() -> teams.team(ownVillageTeam)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> roster.exportRoster(otherCommune)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void theProvinceAdminSeesEveryCommunesTeam() {
        assertThat(teams.team(otherCommuneTeam).members()).isNotEmpty();
        assertThat(teams.coverage(otherCommune).commune().hasTeam()).isTrue();
    }
}
