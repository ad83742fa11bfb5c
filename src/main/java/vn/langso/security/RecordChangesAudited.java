package vn.langso.security;

import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.Audited;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Writes an audit row for every create, change and delete of people data: the records whose change history is
 * kept (households, visits, teams, people, memberships; marked {@link Audited}). The row names the record and its
 * village or place, and is written in the same transaction, so a change that rolls back leaves no row.
 */
@Component
class RecordChangesAudited implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final AuditTrail audit;

    RecordChangesAudited(EntityManagerFactory entityManagers, AuditTrail audit) {
        this.audit = audit;
        EventListenerRegistry registry = entityManagers.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record("CREATED", event.getEntity(), event.getId(), event.getPersister(), event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record("CHANGED", event.getEntity(), event.getId(), event.getPersister(), event.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record("DELETED", event.getEntity(), event.getId(), event.getPersister(), event.getDeletedState());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(String action, Object entity, Object id, EntityPersister persister, Object[] state) {
        if (!entity.getClass().isAnnotationPresent(Audited.class)) {
            return;
        }
        String record = entity.getClass().getSimpleName();
        audit.recordForCurrentUser(record.toUpperCase(java.util.Locale.ROOT) + "_" + action,
                placeOf(persister, state), record.toLowerCase(java.util.Locale.ROOT) + " " + id);
    }

    /** The record's village or place, where it has one. */
    private static Long placeOf(EntityPersister persister, Object[] state) {
        String[] names = persister.getPropertyNames();
        for (String property : new String[] {"villageId", "placeId"}) {
            int at = Arrays.asList(names).indexOf(property);
            if (at >= 0 && state != null && state[at] instanceof Number place) {
                return place.longValue();
            }
        }
        return null;
    }
}
