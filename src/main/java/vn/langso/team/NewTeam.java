package vn.langso.team;

public record NewTeam(long placeId, TeamDecision decision) {
}
