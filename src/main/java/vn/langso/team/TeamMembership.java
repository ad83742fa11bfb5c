package vn.langso.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

@Entity
@Table(name = "team_membership")
@Audited
class TeamMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false, length = 16)
    private TeamRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Affiliation affiliation;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Version
    private long version;

    protected TeamMembership() {
    }

    TeamMembership(long teamId, long personId, TeamRole role, Affiliation affiliation, LocalDate joinedOn) {
        this.teamId = teamId;
        this.personId = personId;
        this.role = role;
        this.affiliation = affiliation;
        this.joinedOn = joinedOn;
    }

    void leave(LocalDate on) {
        if (on.isBefore(joinedOn)) {
            throw new TeamRuleException("team.member.leftBeforeJoined");
        }
        this.leftOn = on;
    }

    Long getId() {
        return id;
    }

    long getTeamId() {
        return teamId;
    }

    long getPersonId() {
        return personId;
    }

    TeamRole getRole() {
        return role;
    }

    Affiliation getAffiliation() {
        return affiliation;
    }

    LocalDate getJoinedOn() {
        return joinedOn;
    }

    LocalDate getLeftOn() {
        return leftOn;
    }

    boolean isActive() {
        return leftOn == null;
    }
}
