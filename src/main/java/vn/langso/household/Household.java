package vn.langso.household;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.hibernate.envers.NotAudited;
import vn.langso.common.VietnameseText;

/** A household on a village's register, with the readiness profile its latest visit recorded. */
@Entity
@Table(name = "household")
@Audited
class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", length = 36, unique = true)
    private String clientId;

    @Column(name = "village_id", nullable = false)
    private long villageId;

    @Column(name = "head_name", length = 200)
    private String headName;

    @Column(name = "search_name", length = 200)
    private String searchName;

    @Column(length = 200)
    private String address;

    @Column(length = 16)
    private String phone;

    private Integer adults;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Consent consent = Consent.UNKNOWN;

    @Embedded
    @NotAudited
    private Readiness readiness;

    @NotAudited
    @Column(name = "profile_on")
    private LocalDate profileOn;

    @NotAudited
    @Column(name = "last_visited_at")
    private Instant lastVisitedAt;

    @NotAudited
    @Column(name = "visit_count", nullable = false)
    private int visitCount;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    private long version;

    protected Household() {
    }

    Household(String clientId, long villageId, HouseholdDetails details, Instant createdAt, String createdBy) {
        this.clientId = clientId;
        this.villageId = villageId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        change(details);
    }

    void change(HouseholdDetails details) {
        this.headName = VietnameseText.clean(details.headName());
        this.searchName = headName == null ? null : VietnameseText.searchKey(headName);
        this.address = VietnameseText.clean(details.address());
        this.phone = details.phone();
        this.adults = details.adults();
    }

    /** Consent refused: nothing personal beyond what identifies the household on the commune's register. */
    void refuseConsent() {
        consent = Consent.REFUSED;
        phone = null;
        readiness = null;
        profileOn = null;
    }

    /** Consent withdrawn: as refused, and nothing more is recorded about the household. */
    void withdrawConsent() {
        refuseConsent();
        consent = Consent.WITHDRAWN;
    }

    void giveConsent() {
        consent = Consent.GIVEN;
    }

    void recordProfile(Readiness answers, LocalDate on) {
        if (profileOn == null || !on.isBefore(profileOn)) {
            readiness = answers.over(readiness);
            profileOn = on;
        }
    }

    void replaceProfile(Readiness latest, LocalDate on) {
        readiness = latest;
        profileOn = on;
    }

    void visited(Instant at) {
        visitCount++;
        if (lastVisitedAt == null || at.isAfter(lastVisitedAt)) {
            lastVisitedAt = at;
        }
    }

    void remove(Instant at) {
        removedAt = at;
    }

    Long getId() {
        return id;
    }

    String getClientId() {
        return clientId;
    }

    long getVillageId() {
        return villageId;
    }

    void moveTo(long newVillageId) {
        villageId = newVillageId;
    }

    String getHeadName() {
        return headName;
    }

    String getAddress() {
        return address;
    }

    String getPhone() {
        return phone;
    }

    Integer getAdults() {
        return adults;
    }

    Consent getConsent() {
        return consent;
    }

    Readiness getReadiness() {
        return readiness == null ? Readiness.UNKNOWN : readiness;
    }

    LocalDate getProfileOn() {
        return profileOn;
    }

    Instant getLastVisitedAt() {
        return lastVisitedAt;
    }

    int getVisitCount() {
        return visitCount;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    long getVersion() {
        return version;
    }

    HouseholdDetails details() {
        return new HouseholdDetails(headName, address, phone, adults);
    }
}
