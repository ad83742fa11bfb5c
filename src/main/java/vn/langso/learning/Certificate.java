package vn.langso.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Issued once a learner has completed every lesson of a topic. */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(name = "learner_key", nullable = false, length = 120)
    private String learnerKey;

    @Column(name = "learner_name", nullable = false, length = 200)
    private String learnerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Topic topic;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "place_id")
    private Long placeId;

    protected Certificate() {
    }

    Certificate(String code, String learnerKey, String learnerName, Topic topic, Instant issuedAt, Long placeId) {
        this.code = code;
        this.learnerKey = learnerKey;
        this.learnerName = learnerName;
        this.topic = topic;
        this.issuedAt = issuedAt;
        this.placeId = placeId;
    }

    String getCode() {
        return code;
    }

    String getLearnerKey() {
        return learnerKey;
    }

    String getLearnerName() {
        return learnerName;
    }

    Topic getTopic() {
        return topic;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
