package vn.langso.household;

/** Internet at home, as a team member sees it. */
public enum Internet {
    FIBRE, MOBILE, NONE
}
