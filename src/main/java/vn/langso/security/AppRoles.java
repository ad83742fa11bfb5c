package vn.langso.security;

/** Role names as used in security annotations; {@link Role} is the typed form. */
public final class AppRoles {
    public static final String PROVINCE_ADMIN = "PROVINCE_ADMIN";
    public static final String COMMUNE_LEADER = "COMMUNE_LEADER";
    public static final String TEAM_MEMBER = "TEAM_MEMBER";
    public static final String LEARNER = "LEARNER";

    private AppRoles() {
    }
}
