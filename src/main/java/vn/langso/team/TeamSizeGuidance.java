package vn.langso.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "team_size_guidance")
class TeamSizeGuidance {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TeamLevel level;

    @Column(name = "max_members", nullable = false)
    private int maxMembers;

    @Version
    private long version;

    protected TeamSizeGuidance() {
    }

    TeamLevel getLevel() {
        return level;
    }

    int getMaxMembers() {
        return maxMembers;
    }

    void setMaxMembers(int maxMembers) {
        this.maxMembers = maxMembers;
    }
}
