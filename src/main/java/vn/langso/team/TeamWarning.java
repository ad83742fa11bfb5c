package vn.langso.team;

/** Things a leader should fix; shown, never enforced (the province's guidance warns, it does not block). */
public enum TeamWarning {
    NO_TEAM, MORE_THAN_ONE_TEAM, OVER_SIZE, NO_LEADER, NO_DECISION;

    public String messageKey() {
        return "team.warning." + name();
    }
}
