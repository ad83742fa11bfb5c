package vn.langso.household;

/**
 * Whether a household agreed that its personal data may be kept. UNKNOWN until someone asks on a visit. WITHDRAWN:
 * it agreed once and took it back, so nothing more is recorded about it (no visits, no profile, off the worklist).
 */
public enum Consent {
    UNKNOWN, GIVEN, REFUSED, WITHDRAWN;

    /** Whether a phone number and readiness answers may be kept. */
    public boolean keepsDetails() {
        return this == UNKNOWN || this == GIVEN;
    }
}
