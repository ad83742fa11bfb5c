package vn.langso.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "place_type")
class PlaceType {

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 16)
    private String level;

    @Column(name = "name_vi", nullable = false, length = 64)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 64)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PlaceType() {
    }

    String getCode() {
        return code;
    }

    PlaceLevel getLevel() {
        return PlaceLevel.valueOf(level);
    }

    String nameIn(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
