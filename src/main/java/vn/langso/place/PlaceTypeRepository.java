package vn.langso.place;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceTypeRepository extends JpaRepository<PlaceType, String> {
}
