package vn.langso.household;

/** What a team member did in a household; the order is the order on the visit form. */
public enum VisitActivity {
    VNEID, BANK_OR_WALLET, QR_PAYMENT, PUBLIC_SERVICE, SCAM_AWARENESS, LESSON, OTHER;

    public String labelKey() {
        return "visit.activity." + name();
    }
}
