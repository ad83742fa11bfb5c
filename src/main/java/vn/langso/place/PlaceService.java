package vn.langso.place;

import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.VietnameseText;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.Scope;

/** The place tree: provinces, communes, villages. Every read is limited to the caller's scope in SQL. */
@Service
public class PlaceService {

    private static final int MAX_SEARCH_RESULTS = 200;
    private static final Locale VIETNAMESE = Locale.of("vi");

    private final PlaceRepository places;
    private final PlaceTypeRepository types;
    private final AccountService accounts;

    PlaceService(PlaceRepository places, PlaceTypeRepository types, AccountService accounts) {
        this.places = places;
        this.types = types;
        this.accounts = accounts;
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
        } else if (type.getLevel() != PlaceLevel.PROVINCE) {
            throw new IllegalArgumentException("Only a province has no parent");
        }
        Place place = places.saveAndFlush(new Place(newPlace.parentId(), type.getCode(), newPlace.code(),
                newPlace.name(), newPlace.validFrom()));
        place.placeUnder(parentPath);
        return place.getId();
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

    /** A place in the caller's scope; a place outside it is refused as if it did not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PlaceRef getInMyScope(long placeId) {
        Scope scope = accounts.currentUser().scope();
        return places.findInScope(placeId, scope.pathPrefixPattern()).map(this::ref)
                .orElseThrow(() -> new PlaceNotFoundException(placeId));
    }

    /** The active communes (xã, phường, đặc khu) in the caller's scope, in Vietnamese alphabetical order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceRef> communesInMyScope() {
        Scope scope = accounts.currentUser().scope();
        return sortedByName(places.findActiveInScopeAtLevel(scope.pathPrefixPattern(), PlaceLevel.COMMUNE.name())
                .stream().map(this::ref).toList());
    }

    /** The active villages under a commune in the caller's scope, in Vietnamese alphabetical order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PlaceRef> villagesOf(long communeId) {
        PlaceRef commune = getInMyScope(communeId);
        return sortedByName(places.findActiveInScopeAtLevel(commune.path() + "%", PlaceLevel.VILLAGE.name())
                .stream().map(this::ref).toList());
    }

    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional(readOnly = true)
    public java.util.Optional<Long> findIdByCode(String code, String typeCode) {
        return places.findByCodeAndTypeCode(code, typeCode).map(Place::getId);
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
