package vn.langso.household;

import org.springframework.data.repository.ListCrudRepository;

interface HouseholdConsentRepository extends ListCrudRepository<HouseholdConsent, Long> {

    long countByHouseholdId(long householdId);
}
