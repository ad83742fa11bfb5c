package vn.langso.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A household's answer to "may we keep your data?", with the purpose text version it was given for. */
@Entity
@Table(name = "household_consent")
class HouseholdConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(nullable = false)
    private boolean given;

    @Column(name = "purpose_version", nullable = false, length = 16)
    private String purposeVersion;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "visit_id")
    private Long visitId;

    protected HouseholdConsent() {
    }

    HouseholdConsent(long householdId, boolean given, String purposeVersion, Instant recordedAt, String recordedBy,
            Long visitId) {
        this.householdId = householdId;
        this.given = given;
        this.purposeVersion = purposeVersion;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.visitId = visitId;
    }
}
