package vn.langso.household;

/** Whether a household agreed that its personal data may be kept. UNKNOWN until someone asks on a visit. */
public enum Consent {
    UNKNOWN, GIVEN, REFUSED
}
