package vn.langso.place;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaceRepository extends JpaRepository<Place, Long> {

    Optional<Place> findByCodeAndTypeCode(String code, String typeCode);

    @Query("select p from Place p where p.path like :pathPrefix and p.path <> :path")
    List<Place> findDescendants(String path, String pathPrefix);

    @Query("select p from Place p where p.path like :pathPrefix and p.id = :id")
    Optional<Place> findInScope(long id, String pathPrefix);

    @Query("""
            select p from Place p
            where p.path like :pathPrefix and p.active = true
              and (:searchKey = '' or p.searchName like concat('%', :searchKey, '%')
                   or exists (select 1 from PlaceFormerName n
                              where n.placeId = p.id and n.searchName like concat('%', :searchKey, '%')))
            order by p.path""")
    List<Place> searchInScope(String pathPrefix, String searchKey, Pageable page);

    @Query(value = """
            select p.* from place p join place_type t on t.code = p.type_code
            where p.path like :pathPrefix and p.active = true and t.level = :level""", nativeQuery = true)
    List<Place> findActiveInScopeAtLevel(String pathPrefix, String level);

    @Query(value = """
            select t.level, count(*) from place p join place_type t on t.code = p.type_code
            where p.path like :pathPrefix and p.active = true
            group by t.level""", nativeQuery = true)
    List<Object[]> countByLevelInScope(String pathPrefix);
}
