package vn.langso.security;

public record NewAccount(String username, String rawPassword, String fullName, Role role, long placeId) {
}
