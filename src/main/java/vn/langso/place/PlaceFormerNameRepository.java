package vn.langso.place;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceFormerNameRepository extends JpaRepository<PlaceFormerName, Long> {

    List<PlaceFormerName> findByPlaceIdIn(Collection<Long> placeIds);
}
