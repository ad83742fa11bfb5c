package vn.langso.security;

/** What a villager fills in to sign up: their phone number (any Vietnamese spelling) becomes their username. */
public record NewLearner(String fullName, String phone, Long villageId, String pin, boolean consent) {
}
