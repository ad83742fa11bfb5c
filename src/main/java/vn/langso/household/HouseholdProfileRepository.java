package vn.langso.household;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface HouseholdProfileRepository extends ListCrudRepository<HouseholdProfile, Long> {

    Optional<HouseholdProfile> findByVisitId(long visitId);

    List<HouseholdProfile> findByHouseholdIdOrderByRecordedOnAscIdAsc(long householdId);
}
