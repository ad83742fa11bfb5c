package vn.langso.privacy;

/** Whose data: a household on a register (its head and the people who learned with its help), or a learner's account. */
public enum DataSubject {
    HOUSEHOLD, LEARNER
}
