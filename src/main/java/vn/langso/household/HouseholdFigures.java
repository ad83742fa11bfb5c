package vn.langso.household;

/**
 * What one household adds to its village's figures: counted on the register (not removed), its adults, whether a
 * team has reached it, and its current readiness answers. The dashboards keep their sums from the change between
 * two of these.
 */
public record HouseholdFigures(long villageId, boolean counted, int adults, boolean reached, Readiness readiness) {

    static HouseholdFigures of(Household household) {
        if (household.isRemoved()) {
            return none(household.getVillageId());
        }
        Integer adults = household.getAdults();
        return new HouseholdFigures(household.getVillageId(), true, adults == null ? 0 : adults,
                household.getVisitCount() > 0,
                household.getReadiness() == null ? Readiness.UNKNOWN : household.getReadiness());
    }

    static HouseholdFigures none(long villageId) {
        return new HouseholdFigures(villageId, false, 0, false, Readiness.UNKNOWN);
    }
}
