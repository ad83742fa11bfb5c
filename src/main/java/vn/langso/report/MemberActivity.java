package vn.langso.report;

/** A team member's visits in the last 30 days; a member without an account cannot log visits yet. */
public record MemberActivity(String name, String teamPlace, long visits, boolean hasAccount) {

    public boolean inactive() {
        return visits == 0;
    }
}
