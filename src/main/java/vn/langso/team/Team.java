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
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

@Entity
@Table(name = "team")
@Audited
class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TeamLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TeamStatus status = TeamStatus.ACTIVE;

    @Column(name = "decision_number", length = 64)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_signer", length = 200)
    private String decisionSigner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Team() {
    }

    Team(long placeId, TeamLevel level, TeamDecision decision, Instant createdAt) {
        this.placeId = placeId;
        this.level = level;
        this.createdAt = createdAt;
        record(decision);
    }

    void record(TeamDecision decision) {
        this.decisionNumber = decision.number();
        this.decisionDate = decision.date();
        this.decisionSigner = decision.signer();
    }

    /** A merge moves the team to the place its old place became part of. */
    void moveTo(long newPlaceId) {
        this.placeId = newPlaceId;
    }

    Long getId() {
        return id;
    }

    long getPlaceId() {
        return placeId;
    }

    TeamLevel getLevel() {
        return level;
    }

    TeamStatus getStatus() {
        return status;
    }

    TeamDecision getDecision() {
        return new TeamDecision(decisionNumber, decisionDate, decisionSigner);
    }

    long getVersion() {
        return version;
    }
}
