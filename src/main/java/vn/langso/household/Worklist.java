package vn.langso.household;

import java.util.List;
import vn.langso.place.PlaceRef;

/** A team member's villages and their households: never visited first, then the longest ago. */
public record Worklist(List<PlaceRef> villages, List<HouseholdSummary> households) {
}
