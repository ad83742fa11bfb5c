package vn.langso.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(length = 8)
    private String locale;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "locks_in_a_row", nullable = false)
    private int locksInARow;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The roster person a team member's account belongs to (their visits count for their team). */
    @Column(name = "person_id")
    private Long personId;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String fullName, Role role, long placeId, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.placeId = placeId;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    void belongsTo(long rosterPersonId) {
        this.personId = rosterPersonId;
    }

    String getFullName() {
        return fullName;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    String getLocale() {
        return locale;
    }

    void setLocale(String locale) {
        this.locale = locale;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    long getPlaceId() {
        return placeId;
    }

    /**
     * Counts a failed sign-in; on reaching {@code maxAttempts} the account is locked. Each lock that follows another
     * without a good sign-in in between lasts twice as long (15 min, 30 min, 1 h, ...), up to {@code longestLock}.
     */
    boolean recordFailure(int maxAttempts, Instant now, Duration firstLock, Duration longestLock) {
        failedAttempts++;
        if (failedAttempts < maxAttempts) {
            return false;
        }
        failedAttempts = 0;
        Duration lock = firstLock.multipliedBy(1L << Math.min(locksInARow, 16));
        lockedUntil = now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
        locksInARow++;
        return true;
    }

    /** Nobody can sign in to it any more (a learner who withdrew their consent, an erased account). */
    void disable() {
        enabled = false;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    void enable() {
        enabled = true;
    }

    void moveTo(long newPlaceId) {
        this.placeId = newPlaceId;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
        locksInARow = 0;
    }

    /** A new one-time password (or PIN) from someone who may give one: it unlocks and must be changed. */
    void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        recordSuccess();
    }
}
