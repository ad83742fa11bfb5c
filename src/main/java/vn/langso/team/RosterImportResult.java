package vn.langso.team;

public record RosterImportResult(int added, int alreadyMembers, int teamsCreated) {
}
