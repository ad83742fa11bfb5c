package vn.langso.team;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.VietnameseText;
import vn.langso.place.PlaceService;
import vn.langso.security.AppRoles;
import vn.langso.security.ChangeRevision;

/**
 * The change history of people data (members, teams, memberships) as Hibernate Envers keeps it: who changed what,
 * when, and each field's value before and after. Read only; nothing in the application edits the history.
 */
@Service
public class PeopleHistoryService {

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EntityManager entityManager;
    private final PersonRepository people;
    private final PlaceService places;

    PeopleHistoryService(EntityManager entityManager, PersonRepository people, PlaceService places) {
        this.entityManager = entityManager;
        this.people = people;
        this.places = places;
    }

    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional(readOnly = true)
    public List<ChangeEntry> recentChanges(int limit) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<ChangeEntry> entries = new ArrayList<>();
        entries.addAll(changes(reader, Person.class, Person::getId, ChangeEntry.Kind.PERSON, Person::getFullName,
                PeopleHistoryService::fields, limit));
        entries.addAll(changes(reader, Team.class, Team::getId, ChangeEntry.Kind.TEAM,
                team -> placeName(team.getPlaceId()), this::fields, limit));
        entries.addAll(changes(reader, TeamMembership.class, TeamMembership::getId, ChangeEntry.Kind.MEMBERSHIP,
                membership -> people.findById(membership.getPersonId()).map(Person::getFullName)
                        .orElse("#" + membership.getPersonId()), PeopleHistoryService::fields, limit));
        return entries.stream().sorted(Comparator.comparing(ChangeEntry::when).reversed()).limit(limit).toList();
    }

    private static <T> List<ChangeEntry> changes(AuditReader reader, Class<T> type, Function<T, Long> id,
            ChangeEntry.Kind kind, Function<T, String> subject, Function<T, Map<String, String>> fields, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit).getResultList();
        List<ChangeEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T after = (T) row[0];
            ChangeRevision revision = (ChangeRevision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            @SuppressWarnings("unchecked")
            List<T> previous = reader.createQuery().forRevisionsOfEntity(type, true, true)
                    .add(AuditEntity.id().eq(id.apply(after)))
                    .add(AuditEntity.revisionNumber().lt(revision.getId()))
                    .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(1).getResultList();
            Map<String, String> before = previous.isEmpty() ? Map.of() : fields.apply(previous.getFirst());
            Map<String, String> now = revisionType == RevisionType.DEL ? Map.of() : fields.apply(after);
            List<ChangeEntry.FieldChange> changed = new ArrayList<>();
            for (String field : (now.isEmpty() ? before : now).keySet()) {
                String old = before.get(field);
                String current = now.get(field);
                if (!Objects.equals(old, current)) {
                    changed.add(new ChangeEntry.FieldChange(field, old, current));
                }
            }
            ChangeEntry.Action action = switch (revisionType) {
                case ADD -> ChangeEntry.Action.ADDED;
                case MOD -> ChangeEntry.Action.CHANGED;
                case DEL -> ChangeEntry.Action.REMOVED;
            };
            entries.add(new ChangeEntry(revision.getChangedAt(), revision.getChangedBy(), kind, subject.apply(after),
                    action, List.copyOf(changed)));
        }
        return entries;
    }

    private static Map<String, String> fields(Person person) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", person.getFullName());
        fields.put("phone", person.getPhone() == null ? null : PhoneNumbers.display(person.getPhone()));
        fields.put("gender", person.getGender() == null ? null : person.getGender().name());
        fields.put("birthYear", person.getBirthYear() == null ? null : person.getBirthYear().toString());
        return fields;
    }

    private String placeName(long placeId) {
        return places.findInMyScope(placeId).map(place -> place.label(VietnameseText.VIETNAMESE))
                .orElse("#" + placeId);
    }

    private Map<String, String> fields(Team team) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("place", placeName(team.getPlaceId()));
        fields.put("status", team.getStatus().name());
        fields.put("decisionNumber", team.getDecision().number());
        fields.put("decisionDate", team.getDecision().date() == null ? null : DATE.format(team.getDecision().date()));
        fields.put("decisionSigner", team.getDecision().signer());
        return fields;
    }

    private static Map<String, String> fields(TeamMembership membership) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("team", "#" + membership.getTeamId());
        fields.put("role", membership.getRole().name());
        fields.put("affiliation", membership.getAffiliation().name());
        fields.put("joinedOn", DATE.format(membership.getJoinedOn()));
        fields.put("leftOn", membership.getLeftOn() == null ? null : DATE.format(membership.getLeftOn()));
        return fields;
    }
}
