package vn.langso.household;

/** A household added on the spot during a visit, under an id the phone made. {@code phone} is as typed. */
public record NewHousehold(String clientId, long villageId, String headName, String address, String phone,
        Integer adults) {
}
