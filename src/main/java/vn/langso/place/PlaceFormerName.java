package vn.langso.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.langso.common.VietnameseText;

/** A name a place had until {@code validTo}; kept so that people can still find it by its old name. */
@Entity
@Table(name = "place_former_name")
class PlaceFormerName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected PlaceFormerName() {
    }

    PlaceFormerName(long placeId, String name, LocalDate validTo) {
        this.placeId = placeId;
        this.name = name;
        this.searchName = VietnameseText.searchKey(name);
        this.validTo = validTo;
    }

    long getPlaceId() {
        return placeId;
    }

    String getName() {
        return name;
    }
}
