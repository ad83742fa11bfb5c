package vn.langso.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** One change to people data: who made it and when (UTC). Envers links every audited version to one of these. */
@Entity
@Table(name = "revision_info")
@RevisionEntity(ChangeRevision.WhoChangedIt.class)
public class ChangeRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public static class WhoChangedIt implements RevisionListener {
        @Override
        public void newRevision(Object revision) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            ((ChangeRevision) revision).changedBy = authentication == null ? "system" : authentication.getName();
        }
    }
}
