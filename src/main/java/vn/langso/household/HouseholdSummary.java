package vn.langso.household;

/** A household on a worklist or register: who, where, the current profile and the latest visit (or null). */
public record HouseholdSummary(long id, long villageId, String headName, String address, String phone,
        Integer adults, Consent consent, Readiness profile, LastVisit lastVisit, int visitCount, long version) {
}
