package vn.langso.household;

/** What identifies a household on the register. {@code phone} is E.164 or null. */
public record HouseholdDetails(String headName, String address, String phone, Integer adults) {
    static final int MAX_ADULTS = 50;
}
