package vn.langso.household;

import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.StaleSave;
import vn.langso.common.VietnameseText;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.AuditTrail;

/**
 * The household register. Team members read their own villages' households (and add new ones through visits);
 * commune leaders read and edit their commune's; the province administrator all. A household outside the
 * caller's scope is refused as if it did not exist.
 */
@Service
public class HouseholdService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_TEXT = 200;

    private final HouseholdRepository households;
    private final VisitRepository visits;
    private final HouseholdProfileRepository profiles;
    private final HouseholdConsentRepository consents;
    private final PlaceService places;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final HouseholdEvents events;
    private final Clock clock;

    HouseholdService(HouseholdRepository households, VisitRepository visits, HouseholdProfileRepository profiles,
            HouseholdConsentRepository consents, PlaceService places, AccountService accounts, AuditTrail audit,
            HouseholdEvents events, Clock clock) {
        this.households = households;
        this.visits = visits;
        this.profiles = profiles;
        this.consents = consents;
        this.places = places;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the visit screen loads and keeps on the phone for offline use. */
    @RolesAllowed(AppRoles.TEAM_MEMBER)
    @Transactional // not read-only: every read of people data is logged
    public Worklist worklist() {
        List<PlaceRef> villages = places.villagesInMyScope();
        List<Household> found = villages.isEmpty() ? List.of()
                : households.findWorklist(villages.stream().map(PlaceRef::id).toList());
        audit.recordForCurrentUser("HOUSEHOLDS_READ", accounts.currentUser().placeId(), found.size() + " households");
        return new Worklist(villages, summaries(found));
    }

    /** One village's register, in Vietnamese alphabetical order; {@code search} ignores accents. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional // not read-only: every read of people data is logged
    public List<HouseholdSummary> register(long villageId, String search) {
        PlaceRef village = villageInScope(villageId);
        List<Household> found = households.findOnRegister(village.id(), VietnameseText.searchKey(search));
        audit.recordForCurrentUser("HOUSEHOLDS_READ", village.id(), found.size() + " households");
        Collator collator = Collator.getInstance(VietnameseText.VIETNAMESE);
        return summaries(found).stream()
                .sorted(Comparator.comparing((HouseholdSummary h) -> h.headName() == null ? "" : h.headName(), collator))
                .toList();
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    @Transactional // not read-only: every read of people data is logged
    public HouseholdRecord household(long householdId) {
        Household household = inScope(householdId);
        audit.recordForCurrentUser("HOUSEHOLD_READ", household.getVillageId(), "household " + householdId);
        List<Visit> all = visits.findByHouseholdIdOrderByVisitedAtDesc(householdId);
        Map<Long, String> names = accounts.namesOf(all.stream().map(Visit::getVisitedBy).toList());
        long me = accounts.currentUser().id();
        boolean shown = household.getConsent() != Consent.WITHDRAWN;
        return new HouseholdRecord(summaries(List.of(household)).getFirst(),
                !shown ? List.of() : profiles.findByHouseholdIdOrderByRecordedOnAscIdAsc(householdId).stream()
                        .map(p -> new HouseholdRecord.ProfileEntry(p.getRecordedOn(), p.getReadiness())).toList(),
                all.stream().map(visit -> lastVisit(visit, names, me, shown)).toList());
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public long add(long villageId, HouseholdDetails details) {
        PlaceRef village = villageInScope(villageId);
        HouseholdDetails checked = details(details.headName(), details.address(), details.phone(), details.adults());
        if (checked.headName() == null) {
            throw new HouseholdRuleException("household.headName.required");
        }
        Household household = households.save(new Household(null, village.id(), checked, clock.instant(),
                accounts.currentUser().username()));
        events.added(household);
        return household.getId();
    }

    /**
     * Puts many households on one village's register at once (an imported list, the demo). A household already on
     * the register under the same head's name and address is left alone, so importing a file twice adds nothing.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public int addAll(long villageId, List<HouseholdDetails> list) {
        PlaceRef village = villageInScope(villageId);
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Household existing : households.findOnRegister(village.id(), "")) {
            known.add(identity(existing.getHeadName(), existing.getAddress()));
        }
        String by = accounts.currentUser().username();
        List<Household> added = new java.util.ArrayList<>();
        for (HouseholdDetails details : list) {
            HouseholdDetails checked = details(details.headName(), details.address(), details.phone(), details.adults());
            if (checked.headName() == null) {
                throw new HouseholdRuleException("household.headName.required");
            }
            if (known.add(identity(checked.headName(), checked.address()))) {
                added.add(new Household(null, village.id(), checked, clock.instant(), by));
            }
        }
        households.saveAll(added);
        added.forEach(events::added);
        return added.size();
    }

    /** Reads a village's household list (Excel) and says, row by row, what importing it would do. Saves nothing. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional(readOnly = true)
    public HouseholdImportPreview previewImport(long villageId, byte[] file) {
        PlaceRef village = villageInScope(villageId);
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Household existing : households.findOnRegister(village.id(), "")) {
            known.add(identity(existing.getHeadName(), existing.getAddress()));
        }
        return new HouseholdImportPreview(HouseholdImportRows.check(file).stream().map(row -> {
            HouseholdImportPreview.Outcome outcome = !row.good() ? HouseholdImportPreview.Outcome.PROBLEM
                    : known.add(identity(row.details().headName(), row.details().address()))
                            ? HouseholdImportPreview.Outcome.ADD : HouseholdImportPreview.Outcome.ALREADY_LISTED;
            return new HouseholdImportPreview.Row(row.line().sourceRow(), row.line().headName(), row.line().address(),
                    row.line().phone(), outcome, row.problemKeys());
        }).toList());
    }

    /** Adds the rows of the list that have no problem and are not on the register yet; returns how many. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public int importHouseholds(long villageId, byte[] file) {
        PlaceRef village = villageInScope(villageId);
        int added = addAll(village.id(), HouseholdImportRows.check(file).stream()
                .filter(HouseholdImportRows.Checked::good).map(HouseholdImportRows.Checked::details).toList());
        audit.recordForCurrentUser("HOUSEHOLDS_IMPORTED", village.id(), added + " households");
        return added;
    }

    /** An empty household list (.xlsx) with the columns the import reads. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    public byte[] importTemplate() {
        return HouseholdFile.template();
    }

    private static String identity(String headName, String address) {
        return VietnameseText.searchKey(headName) + "|" + VietnameseText.searchKey(address);
    }

    /** {@code version} is what the editor saw, so a stale save is refused, never overwrites. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public void edit(long householdId, long version, HouseholdDetails details) {
        Household household = inScope(householdId);
        if (household.getVersion() != version) {
            throw new HouseholdRuleException("household.staleEdit");
        }
        HouseholdDetails checked = details(details.headName(), details.address(), details.phone(), details.adults());
        if (checked.headName() == null && household.getConsent().keepsDetails()) {
            throw new HouseholdRuleException("household.headName.required");
        }
        if (!household.getConsent().keepsDetails() && checked.phone() != null) {
            throw new HouseholdRuleException("household.phone.noConsent");
        }
        HouseholdFigures before = HouseholdFigures.of(household);
        household.change(checked);
        StaleSave.flushOrRefuse(households, () -> new HouseholdRuleException("household.staleEdit"));
        events.changed(before, household);
    }

    /** Off the worklist; its visits stay and still count. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public void remove(long householdId, long version) {
        Household household = inScope(householdId);
        if (household.getVersion() != version) {
            throw new HouseholdRuleException("household.staleEdit");
        }
        HouseholdFigures before = HouseholdFigures.of(household);
        household.remove(clock.instant());
        StaleSave.flushOrRefuse(households, () -> new HouseholdRuleException("household.staleEdit"));
        events.changed(before, household);
        audit.recordForCurrentUser("HOUSEHOLD_REMOVED", household.getVillageId(), "household " + householdId);
    }

    /**
     * The household took back its consent (told a team member, or the commune). From now on nothing more is
     * recorded about it: visits to it are refused, it leaves the worklist, its phone and readiness answers go and its
     * visit notes are no longer shown. Its row, head's name and address stay on the register (so no one adds it again
     * or visits it by mistake) and its past visits still count; an erasure request removes the rest.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    @Transactional
    public void withdrawConsent(long householdId) {
        Household household = inScope(householdId);
        if (household.isRemoved()) {
            throw new HouseholdRuleException("household.notFound");
        }
        if (household.getConsent() == Consent.WITHDRAWN) {
            return;
        }
        HouseholdFigures before = HouseholdFigures.of(household);
        household.withdrawConsent();
        StaleSave.flushOrRefuse(households, () -> new HouseholdRuleException("household.staleEdit"));
        consents.save(new HouseholdConsent(household.getId(), false, VisitService.PURPOSE_VERSION, clock.instant(),
                accounts.currentUser().username(), null));
        events.changed(before, household);
        audit.recordForCurrentUser("CONSENT_WITHDRAWN", household.getVillageId(), "household " + householdId);
    }

    /**
     * For a lesson taken with a household's help: the household as the member sees it (head's name, village), if it
     * is in their scope and still on the register.
     */
    @RolesAllowed(AppRoles.TEAM_MEMBER)
    @Transactional(readOnly = true)
    public HouseholdRef householdToHelp(long householdId) {
        Household household = inScope(householdId);
        if (household.isRemoved() || household.getConsent() == Consent.WITHDRAWN) {
            throw new HouseholdRuleException("household.notFound");
        }
        return new HouseholdRef(household.getId(), household.getVillageId(), household.getHeadName());
    }

    /** Checks and tidies what was typed; a phone is normalised to E.164. Blank fields become null. */
    static HouseholdDetails details(String headName, String address, String phone, Integer adults) {
        String name = blankToNull(headName);
        String where = blankToNull(address);
        if ((name != null && name.length() > MAX_TEXT) || (where != null && where.length() > MAX_TEXT)) {
            throw new HouseholdRuleException("household.tooLong");
        }
        String e164 = null;
        if (blankToNull(phone) != null) {
            e164 = PhoneNumbers.normalizeMobile(phone)
                    .orElseThrow(() -> new HouseholdRuleException("household.phone.invalid"));
        }
        if (adults != null && (adults < 0 || adults > HouseholdDetails.MAX_ADULTS)) {
            throw new HouseholdRuleException("household.adults.invalid");
        }
        return new HouseholdDetails(name, where, e164, adults);
    }

    private static String blankToNull(String text) {
        String clean = VietnameseText.clean(text);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private Household inScope(long householdId) {
        Household household = households.findById(householdId)
                .orElseThrow(() -> new HouseholdRuleException("household.notFound"));
        if (places.findInMyScope(household.getVillageId()).isEmpty()) {
            audit.recordOutOfScope("household " + householdId);
            throw new HouseholdRuleException("household.notFound");
        }
        return household;
    }

    private PlaceRef villageInScope(long villageId) {
        PlaceRef village = places.findInMyScope(villageId).orElse(null);
        if (village == null) {
            audit.recordOutOfScope("households of place " + villageId);
            throw new vn.langso.place.PlaceNotFoundException(villageId);
        }
        if (village.level() != PlaceLevel.VILLAGE) {
            throw new HouseholdRuleException("household.notAVillage");
        }
        return village;
    }

    private List<HouseholdSummary> summaries(List<Household> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Visit> latest = visits.findLatest(found.stream().map(Household::getId).toList());
        Map<Long, Visit> latestByHousehold = latest.stream()
                .collect(Collectors.toMap(Visit::getHouseholdId, Function.identity(), (a, b) -> a));
        Map<Long, String> names = accounts.namesOf(latest.stream().map(Visit::getVisitedBy).distinct().toList());
        long me = accounts.currentUser().id();
        return found.stream().map(h -> new HouseholdSummary(h.getId(), h.getVillageId(), h.getHeadName(),
                h.getAddress(), h.getPhone(), h.getAdults(), h.getConsent(), h.getReadiness(),
                latestByHousehold.containsKey(h.getId())
                        ? lastVisit(latestByHousehold.get(h.getId()), names, me, h.getConsent() != Consent.WITHDRAWN)
                        : null,
                h.getVisitCount(), h.getVersion())).toList();
    }

    /** {@code noteShown}: false once the household withdrew its consent; the note stays only for an access request. */
    private LastVisit lastVisit(Visit visit, Map<Long, String> names, long me, boolean noteShown) {
        boolean correctable = noteShown && visit.getVisitedBy() == me
                && visit.getVisitedOn().equals(LocalDate.ofInstant(clock.instant(), VIETNAM));
        return new LastVisit(visit.getClientId(), visit.getVisitedAt(), visit.getVisitedOn(),
                names.getOrDefault(visit.getVisitedBy(), ""), visit.getActivities(),
                noteShown ? visit.getNote() : null, correctable);
    }
}
