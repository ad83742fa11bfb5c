package vn.langso.support;

/** Usernames of the demo accounts, for @WithUserDetails. */
public final class DemoUsers {
    public static final String PROVINCE_ADMIN = "admin";
    public static final String COMMUNE_LEADER = "lanhdao";
    public static final String TEAM_MEMBER = "tovien";
    public static final String LEARNER = "nguoidan";
    /** Every demo account's password. */
    public static final String PASSWORD = "langso2026";

    private DemoUsers() {
    }
}
