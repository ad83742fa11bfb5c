package vn.langso.privacy;

/** What a person asked about their own data. */
public enum DataRequestKind {
    /** Everything held about them, as a file. */
    ACCESS,
    /** Their personal data erased; what reports count stays, anonymised. */
    ERASURE
}
