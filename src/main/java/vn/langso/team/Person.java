package vn.langso.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import vn.langso.common.VietnameseText;

@Entity
@Table(name = "person")
@Audited
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    @Column(nullable = false, unique = true, length = 16)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Gender gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    Person(String fullName, String phone, Gender gender, Integer birthYear, Instant createdAt) {
        this.phone = phone;
        this.createdAt = createdAt;
        update(fullName, gender, birthYear);
    }

    void update(String newName, Gender newGender, Integer newBirthYear) {
        this.fullName = VietnameseText.clean(newName);
        this.searchName = VietnameseText.searchKey(newName);
        this.gender = newGender;
        this.birthYear = newBirthYear;
    }

    Long getId() {
        return id;
    }

    String getFullName() {
        return fullName;
    }

    String getPhone() {
        return phone;
    }

    Gender getGender() {
        return gender;
    }

    Integer getBirthYear() {
        return birthYear;
    }
}
