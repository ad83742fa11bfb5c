package vn.langso.household;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends org.springframework.data.jpa.repository.JpaRepository<Visit, Long> {

    Optional<Visit> findByClientId(String clientId);

    /** The latest visit of each household. */
    @Query("""
            select v from Visit v where v.householdId in :householdIds
            and v.visitedAt = (select max(w.visitedAt) from Visit w where w.householdId = v.householdId)""")
    List<Visit> findLatest(@Param("householdIds") Collection<Long> householdIds);

    List<Visit> findByHouseholdIdOrderByVisitedAtDesc(long householdId);

    long countByHouseholdId(long householdId);
}
