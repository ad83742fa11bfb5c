package vn.langso.household;

/** What became of a submitted visit. Only SAVED, DUPLICATE and CORRECTED let the phone forget it. */
public enum VisitStatus {
    SAVED, DUPLICATE, CORRECTED, CONFLICT, REFUSED;

    public boolean stored() {
        return this == SAVED || this == DUPLICATE || this == CORRECTED;
    }
}
