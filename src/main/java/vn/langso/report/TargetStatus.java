package vn.langso.report;

/** A figure against its target: met, within 10 points, behind, or nothing to measure yet. */
public enum TargetStatus {
    MET, NEAR, BEHIND, NO_DATA
}
