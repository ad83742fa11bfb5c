package vn.langso.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A readiness profile as one visit recorded it; the history behind the household's current profile. */
@Entity
@Table(name = "household_profile")
class HouseholdProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Embedded
    private Readiness readiness;

    protected HouseholdProfile() {
    }

    HouseholdProfile(long householdId, Long visitId, LocalDate recordedOn, Readiness readiness) {
        this.householdId = householdId;
        this.visitId = visitId;
        this.recordedOn = recordedOn;
        this.readiness = readiness;
    }

    void replace(Readiness answers) {
        this.readiness = answers;
    }

    LocalDate getRecordedOn() {
        return recordedOn;
    }

    Long getVisitId() {
        return visitId;
    }

    Readiness getReadiness() {
        return readiness == null ? Readiness.UNKNOWN : readiness;
    }
}
