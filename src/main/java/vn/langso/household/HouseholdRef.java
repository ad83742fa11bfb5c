package vn.langso.household;

/** A household as other features refer to it: id, village and the head's name (null without consent). */
public record HouseholdRef(long id, long villageId, String headName) {
}
