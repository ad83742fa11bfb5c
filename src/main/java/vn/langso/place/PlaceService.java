package vn.langso.place;

import static vn.langso.common.VietnameseText.VIETNAMESE;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.VietnameseText;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.AuditTrail;
import vn.langso.security.Scope;

/** The place tree: provinces, communes, villages. Every read is limited to the caller's scope in SQL. */
@Service
public class PlaceService {

    private static final int MAX_SEARCH_RESULTS = 200;

    private final PlaceRepository places;
    private final PlaceTypeRepository types;
    private final AccountService accounts;
    private final PlaceFormerNameRepository formerNames;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    PlaceService(PlaceRepository places, PlaceTypeRepository types, AccountService accounts,
            PlaceFormerNameRepository formerNames, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.places = places;
        this.types = types;
        this.accounts = accounts;
        this.formerNames = formerNames;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public long create(NewPlace newPlace) {
        PlaceType type = types.findById(newPlace.typeCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown place type " + newPlace.typeCode()));
        String parentPath = "/";
        if (newPlace.parentId() != null) {
            parentPath = places.findById(newPlace.parentId())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown parent " + newPlace.parentId()))
                    .getPath();
            if (!callerMayAddUnder(parentPath)) {
                throw refusedOutOfScope(newPlace.parentId());
            }
        } else if (type.getLevel() != PlaceLevel.PROVINCE) {
            throw new IllegalArgumentException("Only a province has no parent");
        }
        Place place = places.saveAndFlush(new Place(newPlace.parentId(), type.getCode(), newPlace.code(),
                newPlace.name(), newPlace.validFrom()));
        place.placeUnder(parentPath);
        return place.getId();
    }

    /**
     * Merges communes into a new one (Vietnam's 2025 reform did this across the country): the new commune takes in
     * their villages, the old ones are closed but kept, and {@link PlacesMerged} lets teams and accounts follow.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public long merge(MergeCommunes merge) {
        Scope scope = accounts.currentUser().scope();
        if (merge.fromIds() == null || merge.fromIds().stream().distinct().count() < 2) {
            throw new PlaceRuleException("place.merge.needTwo");
        }
        if (merge.name() == null || merge.name().isBlank()) {
            throw new PlaceRuleException("place.nameRequired");
        }
        if (merge.effectiveOn() == null) {
            throw new PlaceRuleException("place.merge.dateRequired");
        }
        checkEffectiveOn(merge.effectiveOn());
        List<Place> sources = merge.fromIds().stream().distinct()
                .map(id -> places.findInScope(id, scope.pathPrefixPattern())
                        .filter(place -> place.isActive() && levelOf(place) == PlaceLevel.COMMUNE)
                        .orElseThrow(() -> new PlaceRuleException("place.merge.notActiveCommunes")))
                .toList();
        if (sources.stream().map(Place::getParentId).distinct().count() != 1) {
            throw new PlaceRuleException("place.merge.differentProvinces");
        }
        PlaceType type = types.findById(merge.typeCode()).filter(t -> t.getLevel() == PlaceLevel.COMMUNE)
                .orElseThrow(() -> new PlaceRuleException("place.merge.typeRequired"));
        long mergedId = create(new NewPlace(sources.getFirst().getParentId(), type.getCode(), merge.code(),
                merge.name(), merge.effectiveOn()));
        Place merged = places.findById(mergedId).orElseThrow();
        for (Place source : sources) {
            for (Place descendant : places.findDescendants(source.getPath(), source.getPath() + "%")) {
                descendant.rebase(source.getPath(), merged.getPath(), source.getId(), merged.getId());
            }
            source.close(merge.effectiveOn().minusDays(1));
        }
        List<Long> fromIds = sources.stream().map(Place::getId).toList();
        recordEvent("MERGE", merge.effectiveOn(), mergedId, fromIds);
        accounts.moveHomePlaces(fromIds, mergedId);
        events.publishEvent(new PlacesMerged(fromIds, mergedId, merge.effectiveOn()));
        return mergedId;
    }

    /** Renames a place from a date; the old name is kept and still finds the place. */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public void rename(long placeId, String newName, LocalDate effectiveOn) {
        Scope scope = accounts.currentUser().scope();
        Place place = places.findInScope(placeId, scope.pathPrefixPattern())
                .orElseThrow(() -> refusedOutOfScope(placeId));
        if (!place.isActive()) {
            throw new PlaceNotFoundException(placeId);
        }
        if (newName == null || newName.isBlank()) {
            throw new PlaceRuleException("place.nameRequired");
        }
        if (effectiveOn == null) {
            throw new PlaceRuleException("place.merge.dateRequired");
        }
        checkEffectiveOn(effectiveOn);
        if (VietnameseText.clean(newName).equals(place.getName())) {
            throw new PlaceRuleException("place.rename.sameName");
        }
        formerNames.save(new PlaceFormerName(place.getId(), place.getName(), effectiveOn.minusDays(1)));
        place.rename(newName);
        recordEvent("RENAME", effectiveOn, place.getId(), List.of());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceTypeRef> typesAt(PlaceLevel level) {
        return types.findAll().stream().filter(type -> type.getLevel() == level)
                .map(type -> new PlaceTypeRef(type.getCode(), type.nameIn(VIETNAMESE), type.nameIn(Locale.ENGLISH)))
                .toList();
    }

    /** Former names of the given places, e.g. to show "formerly Xã Yên Lập" beside a renamed commune. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, List<String>> formerNames(java.util.Collection<Long> placeIds) {
        return formerNames.findByPlaceIdIn(placeIds).stream().collect(Collectors.groupingBy(
                PlaceFormerName::getPlaceId, Collectors.mapping(PlaceFormerName::getName, Collectors.toList())));
    }

    /** Accent-insensitive search ("tan lap" finds "Tân Lập") among the active places in the caller's scope. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional(readOnly = true)
    public List<PlaceRow> searchInMyScope(String query, Locale locale) {
        Scope scope = accounts.currentUser().scope();
        Map<String, PlaceType> typesByCode = types.findAll().stream()
                .collect(Collectors.toMap(PlaceType::getCode, Function.identity()));
        int scopeDepth = depth(scope.path());
        return places.searchInScope(scope.pathPrefixPattern(), VietnameseText.searchKey(query),
                        PageRequest.of(0, MAX_SEARCH_RESULTS)).stream()
                .map(place -> {
                    PlaceType type = typesByCode.get(place.getTypeCode());
                    return new PlaceRow(place.getId(), place.getParentId(), place.getName(), type.getCode(),
                            type.nameIn(locale), type.getLevel(), place.getCode(),
                            depth(place.getPath()) - scopeDepth);
                })
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlaceCounts countsInMyScope() {
        Scope scope = accounts.currentUser().scope();
        Map<PlaceLevel, Long> counts = places.countByLevelInScope(scope.pathPrefixPattern()).stream()
                .collect(Collectors.toMap(row -> PlaceLevel.valueOf((String) row[0]),
                        row -> ((Number) row[1]).longValue()));
        return new PlaceCounts(counts.getOrDefault(PlaceLevel.COMMUNE, 0L),
                counts.getOrDefault(PlaceLevel.VILLAGE, 0L));
    }

    /**
     * A place in the caller's scope; a place outside it is refused as if it did not exist, and the refusal is
     * logged.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlaceRef getInMyScope(long placeId) {
        return findInMyScope(placeId).orElseThrow(() -> refusedOutOfScope(placeId));
    }

    /**
     * A new place goes under a place in the caller's scope. While a new province is set up, before it has any
     * account (the demo, a benchmark), the caller has no home place yet and sets up that province.
     */
    private boolean callerMayAddUnder(String parentPath) {
        java.util.Optional<String> home = jdbc.sql("""
                select p.path from user_account u join place p on p.id = u.place_id where u.username = ?""")
                .param(org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication().getName())
                .query(String.class).optional();
        return home.isEmpty() || parentPath.startsWith(home.get());
    }

    private PlaceNotFoundException refusedOutOfScope(long placeId) {
        audit.recordOutOfScope("place " + placeId);
        return new PlaceNotFoundException(placeId);
    }

    /** Like {@link #getInMyScope} for callers that go on when the place is out of scope (nothing is rolled back). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<PlaceRef> findInMyScope(long placeId) {
        Scope scope = accounts.currentUser().scope();
        return places.findInScope(placeId, scope.pathPrefixPattern()).map(this::ref);
    }

    /** The active communes (xã, phường, đặc khu) in the caller's scope, in Vietnamese alphabetical order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceRef> communesInMyScope() {
        return activeUnder(accounts.currentUser().scope().path(), PlaceLevel.COMMUNE);
    }

    /** Every active village in the caller's scope (a team member's own village), in Vietnamese alphabetical order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceRef> villagesInMyScope() {
        return activeUnder(accounts.currentUser().scope().path(), PlaceLevel.VILLAGE);
    }

    /** The active villages under a commune in the caller's scope, in Vietnamese alphabetical order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceRef> villagesOf(long communeId) {
        return activeUnder(getInMyScope(communeId).path(), PlaceLevel.VILLAGE);
    }

    /**
     * The active communes, for a villager choosing their home when signing up (not signed in yet): names and ids
     * of public administrative units, nothing about people.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PlaceName> activeCommunes() {
        return names(activeUnder("/", PlaceLevel.COMMUNE));
    }

    /** The active villages of an active commune, for the same choice; an unknown or closed commune has none. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PlaceName> activeVillagesOf(long communeId) {
        return places.findById(communeId).filter(place -> place.isActive() && levelOf(place) == PlaceLevel.COMMUNE)
                .map(commune -> names(activeUnder(commune.getPath(), PlaceLevel.VILLAGE))).orElse(List.of());
    }

    private static List<PlaceName> names(List<PlaceRef> places) {
        return places.stream()
                .map(place -> new PlaceName(place.id(), place.name(), place.typeNameVi(), place.typeNameEn()))
                .toList();
    }

    private List<PlaceRef> activeUnder(String path, PlaceLevel level) {
        return sortedByName(places.findActiveInScopeAtLevel(path + "%", level.name()).stream().map(this::ref).toList());
    }

    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional(readOnly = true)
    public java.util.Optional<Long> findIdByCode(String code, String typeCode) {
        return places.findByCodeAndTypeCode(code, typeCode).map(Place::getId);
    }

    private PlaceLevel levelOf(Place place) {
        return types.findById(place.getTypeCode()).orElseThrow().getLevel();
    }

    private LocalDate latestEffectiveOn() {
        return vn.langso.common.RecordDates.latestPlaceChange(
                LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
    }

    private void checkEffectiveOn(LocalDate effectiveOn) {
        if (!vn.langso.common.RecordDates.within(effectiveOn, latestEffectiveOn())) {
            java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            throw new PlaceRuleException("place.merge.dateOutOfRange",
                    vn.langso.common.RecordDates.EARLIEST.format(shown), latestEffectiveOn().format(shown));
        }
    }

    private void recordEvent(String kind, LocalDate effectiveOn, long toPlaceId, List<Long> fromIds) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into place_event (kind, effective_on, to_place_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?)")
                .params(kind, effectiveOn, toPlaceId,
                        java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC),
                        accounts.currentUser().username())
                .update(key, "id");
        long eventId = key.getKey().longValue();
        for (Long fromId : fromIds) {
            jdbc.sql("insert into place_event_source (event_id, from_place_id) values (?, ?)").params(eventId, fromId)
                    .update();
        }
    }

    private PlaceRef ref(Place place) {
        PlaceType type = types.findById(place.getTypeCode()).orElseThrow();
        return new PlaceRef(place.getId(), place.getParentId(), place.getName(), place.getCode(), type.getCode(),
                type.nameIn(VIETNAMESE), type.nameIn(Locale.ENGLISH), type.getLevel(), place.getPath(),
                place.isActive());
    }

    private static List<PlaceRef> sortedByName(List<PlaceRef> refs) {
        Collator collator = Collator.getInstance(VIETNAMESE);
        return refs.stream().sorted(Comparator.comparing(PlaceRef::name, collator)).toList();
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
