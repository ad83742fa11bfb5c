package vn.langso.security;

/** The four kinds of user. Each lands on its own home route after sign-in. */
public enum Role {
    PROVINCE_ADMIN("overview"),
    COMMUNE_LEADER("overview"),
    TEAM_MEMBER("households"),
    LEARNER("lessons");

    private final String homeRoute;

    Role(String homeRoute) {
        this.homeRoute = homeRoute;
    }

    public String homeRoute() {
        return homeRoute;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
