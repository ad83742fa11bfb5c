package vn.langso.household;

/** The server's answer for one visit; {@code reasonKey} is a translation key when it was not stored. */
public record VisitReceipt(String clientId, VisitStatus status, Long householdId, String reasonKey) {

    static VisitReceipt refused(String clientId, String reasonKey) {
        return new VisitReceipt(clientId, VisitStatus.REFUSED, null, reasonKey);
    }
}
