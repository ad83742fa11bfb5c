package vn.langso.household;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HouseholdRepository extends org.springframework.data.jpa.repository.JpaRepository<Household, Long> {

    Optional<Household> findByClientId(String clientId);

    /** Households on the register of the given villages; never visited first, then the longest ago. */
    @Query("""
            select h from Household h where h.villageId in :villageIds and h.removedAt is null
            and h.consent <> vn.langso.household.Consent.WITHDRAWN
            order by case when h.lastVisitedAt is null then 0 else 1 end, h.lastVisitedAt, h.id""")
    List<Household> findWorklist(@Param("villageIds") Collection<Long> villageIds);

    @Query("""
            select h from Household h where h.villageId = :villageId and h.removedAt is null
            and (:search = '' or h.searchName like concat('%', :search, '%'))""")
    List<Household> findOnRegister(@Param("villageId") long villageId, @Param("search") String search);

    @Query("select h.searchName from Household h where h.villageId = :villageId and h.removedAt is null")
    List<String> findSearchNames(@Param("villageId") long villageId);
}
