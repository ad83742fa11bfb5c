package vn.langso.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.langso.common.VietnameseText;

@Entity
@Table(name = "place")
class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "type_code", nullable = false, length = 32)
    private String typeCode;

    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Place() {
    }

    Place(Long parentId, String typeCode, String code, String name, LocalDate validFrom) {
        this.parentId = parentId;
        this.typeCode = typeCode;
        this.code = code;
        this.validFrom = validFrom;
        rename(name);
        this.path = "/";
    }

    void rename(String newName) {
        this.name = VietnameseText.clean(newName);
        this.searchName = VietnameseText.searchKey(newName);
    }

    /** The path can only be known once the id is: parent's path plus own id. */
    void placeUnder(String parentPath) {
        this.path = parentPath + id + "/";
    }

    /** A merged or split place is closed, never deleted: records of its time still point at it. */
    void close(LocalDate lastDay) {
        this.active = false;
        this.validTo = lastDay;
    }

    /** Moves this place (and so its subtree's prefix) from under {@code oldPrefix} to under {@code newPrefix}. */
    void rebase(String oldPrefix, String newPrefix, Long oldParentId, Long newParentId) {
        this.path = newPrefix + path.substring(oldPrefix.length());
        if (java.util.Objects.equals(parentId, oldParentId)) {
            this.parentId = newParentId;
        }
    }

    Long getId() {
        return id;
    }

    Long getParentId() {
        return parentId;
    }

    String getTypeCode() {
        return typeCode;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getPath() {
        return path;
    }

    boolean isActive() {
        return active;
    }
}
