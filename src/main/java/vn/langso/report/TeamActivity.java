package vn.langso.report;

/** A team's members and their visits in the last 30 days; a team with none is flagged. */
public record TeamActivity(long teamId, String place, int members, long visits) {

    public boolean inactive() {
        return visits == 0;
    }
}
