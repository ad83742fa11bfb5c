package vn.langso.household;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.envers.Audited;

/** One house visit, stored once under the id the phone made for it. */
@Entity
@Table(name = "visit")
@Audited
class Visit {

    static final int POSITION_DECIMALS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 36)
    private String clientId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "village_id", nullable = false)
    private long villageId;

    @Column(name = "visited_by", nullable = false)
    private long visitedBy;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Convert(converter = ActivitiesConverter.class)
    @Column(nullable = false, length = 200)
    private Set<VisitActivity> activities;

    @Column(length = 500)
    private String note;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "accuracy_m")
    private Integer accuracyMetres;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Version
    private long version;

    protected Visit() {
    }

    Visit(String clientId, long householdId, long villageId, long visitedBy, Instant visitedAt, LocalDate visitedOn,
            Instant receivedAt) {
        this.clientId = clientId;
        this.householdId = householdId;
        this.villageId = villageId;
        this.visitedBy = visitedBy;
        this.visitedAt = visitedAt;
        this.visitedOn = visitedOn;
        this.receivedAt = receivedAt;
    }

    /** What the member recorded; without consent only the activities are kept. */
    void record(Set<VisitActivity> newActivities, String newNote, boolean consent, Position position, String hash) {
        this.activities = Set.copyOf(newActivities);
        this.consentGiven = consent;
        this.note = consent ? newNote : null;
        Position kept = consent ? position : null;
        // Four decimals (about 11 m) find the house again in a village; more would only say more about the family.
        this.latitude = kept == null ? null : rounded(kept.latitude());
        this.longitude = kept == null ? null : rounded(kept.longitude());
        this.accuracyMetres = kept == null ? null : kept.accuracyMetres();
        this.contentHash = hash;
    }

    private static java.math.BigDecimal rounded(java.math.BigDecimal degrees) {
        return degrees.setScale(POSITION_DECIMALS, java.math.RoundingMode.HALF_UP);
    }

    void corrected(Instant at) {
        correctedAt = at;
    }

    Long getId() {
        return id;
    }

    String getClientId() {
        return clientId;
    }

    long getHouseholdId() {
        return householdId;
    }

    long getVillageId() {
        return villageId;
    }

    long getVisitedBy() {
        return visitedBy;
    }

    Instant getVisitedAt() {
        return visitedAt;
    }

    LocalDate getVisitedOn() {
        return visitedOn;
    }

    Set<VisitActivity> getActivities() {
        return activities;
    }

    String getNote() {
        return note;
    }

    boolean isConsentGiven() {
        return consentGiven;
    }

    String getContentHash() {
        return contentHash;
    }

    Instant getCorrectedAt() {
        return correctedAt;
    }
}
