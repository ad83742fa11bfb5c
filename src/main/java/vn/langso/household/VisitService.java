package vn.langso.household;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.VietnameseText;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.AuditTrail;
import vn.langso.security.SignedInUser;

/**
 * Stores visits sent from team members' phones, exactly once each: the phone's id is unique, a resend with the
 * same content is acknowledged as a duplicate, a different content under the same id is a conflict unless it is
 * the member's own correction on the same day.
 */
@Service
public class VisitService {

    /** The version of the consent purpose text shown on the visit form ({@code consent.purpose}). */
    public static final String PURPOSE_VERSION = "2025-1";
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    static final Duration OLDEST_QUEUED_VISIT = Duration.ofDays(60);
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final VisitRepository visits;
    private final HouseholdRepository households;
    private final HouseholdProfileRepository profiles;
    private final HouseholdConsentRepository consents;
    private final PlaceService places;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final HouseholdEvents events;
    private final Clock clock;

    VisitService(VisitRepository visits, HouseholdRepository households, HouseholdProfileRepository profiles,
            HouseholdConsentRepository consents, PlaceService places, AccountService accounts, AuditTrail audit,
            HouseholdEvents events, Clock clock) {
        this.visits = visits;
        this.households = households;
        this.profiles = profiles;
        this.consents = consents;
        this.places = places;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(AppRoles.TEAM_MEMBER)
    @Transactional
    public VisitReceipt record(VisitSubmission visit) {
        Optional<String> problem = problemWith(visit);
        if (problem.isPresent()) {
            return VisitReceipt.refused(visit.clientId(), problem.get());
        }
        SignedInUser member = accounts.currentUser();
        String hash = contentHash(visit);
        Optional<Visit> existing = visits.findByClientId(visit.clientId());
        if (existing.isPresent()) {
            return resend(existing.get(), visit, hash, member);
        }
        Household household;
        try {
            household = visit.householdId() != null ? householdInScope(visit.householdId()) : newHousehold(visit, member);
        } catch (HouseholdRuleException refused) {
            return VisitReceipt.refused(visit.clientId(), refused.messageKey());
        }
        LocalDate day = visit.visitedAt().atZone(HouseholdService.VIETNAM).toLocalDate();
        Visit stored = new Visit(visit.clientId(), household.getId(), household.getVillageId(), member.id(),
                visit.visitedAt(), day, clock.instant());
        stored.record(visit.activities(), note(visit), visit.consent(), visit.position(), hash);
        visits.saveAndFlush(stored);
        HouseholdFigures before = HouseholdFigures.of(household);
        applyToHousehold(household, stored, visit, member);
        household.visited(visit.visitedAt());
        events.changed(before, household, day);
        events.visited(stored);
        return new VisitReceipt(visit.clientId(), VisitStatus.SAVED, household.getId(), null);
    }

    private VisitReceipt resend(Visit stored, VisitSubmission visit, String hash, SignedInUser member) {
        if (stored.getContentHash().equals(hash)) {
            return new VisitReceipt(visit.clientId(), VisitStatus.DUPLICATE, stored.getHouseholdId(), null);
        }
        boolean sameHousehold = visit.householdId() != null && visit.householdId() == stored.getHouseholdId();
        if (!visit.correction() || stored.getVisitedBy() != member.id() || !sameHousehold) {
            return new VisitReceipt(visit.clientId(), VisitStatus.CONFLICT, stored.getHouseholdId(),
                    "visit.refused.conflict");
        }
        if (!stored.getVisitedOn().equals(today())) {
            return new VisitReceipt(visit.clientId(), VisitStatus.CONFLICT, stored.getHouseholdId(),
                    "visit.refused.correctionTooLate");
        }
        Household household = households.findById(stored.getHouseholdId()).orElseThrow();
        if (household.getConsent() == Consent.WITHDRAWN) {
            return new VisitReceipt(visit.clientId(), VisitStatus.CONFLICT, stored.getHouseholdId(),
                    "visit.refused.consentWithdrawn");
        }
        stored.record(visit.activities(), note(visit), visit.consent(), visit.position(), hash);
        stored.corrected(clock.instant());
        HouseholdFigures before = HouseholdFigures.of(household);
        applyToHousehold(household, stored, visit, member);
        events.changed(before, household, stored.getVisitedOn());
        audit.recordForCurrentUser("VISIT_CORRECTED", stored.getVillageId(), "visit " + stored.getId());
        return new VisitReceipt(visit.clientId(), VisitStatus.CORRECTED, household.getId(), null);
    }

    /** Consent first: without it, the household keeps nothing personal from this visit. */
    private void applyToHousehold(Household household, Visit stored, VisitSubmission visit, SignedInUser member) {
        Consent before = household.getConsent();
        Optional<HouseholdProfile> recorded = profiles.findByVisitId(stored.getId());
        if (!visit.consent()) {
            household.refuseConsent();
            recorded.ifPresent(profiles::delete);
        } else {
            household.giveConsent();
            Readiness answers = visit.profile() == null ? Readiness.UNKNOWN : visit.profile();
            if (recorded.isPresent()) {
                recorded.get().replace(answers);
                if (!stored.getVisitedOn().isBefore(household.getProfileOn() == null ? LocalDate.MIN : household.getProfileOn())) {
                    household.replaceProfile(latestProfile(household.getId()), stored.getVisitedOn());
                }
            } else if (!answers.isEmpty()) {
                profiles.save(new HouseholdProfile(household.getId(), stored.getId(), stored.getVisitedOn(), answers));
                household.recordProfile(answers, stored.getVisitedOn());
            }
        }
        if (household.getConsent() != before) {
            consents.save(new HouseholdConsent(household.getId(), visit.consent(), PURPOSE_VERSION, clock.instant(),
                    member.username(), stored.getId()));
        }
    }

    /** Every answer the visits gave, the later ones over the earlier ones. */
    private Readiness latestProfile(long householdId) {
        Readiness latest = Readiness.UNKNOWN;
        for (HouseholdProfile profile : profiles.findByHouseholdIdOrderByRecordedOnAscIdAsc(householdId)) {
            latest = profile.getReadiness().over(latest);
        }
        return latest;
    }

    private Household householdInScope(long householdId) {
        Household household = households.findById(householdId)
                .filter(found -> !found.isRemoved())
                .orElseThrow(() -> new HouseholdRuleException("visit.refused.householdGone"));
        if (household.getConsent() == Consent.WITHDRAWN) {
            throw new HouseholdRuleException("visit.refused.consentWithdrawn");
        }
        if (places.findInMyScope(household.getVillageId()).isEmpty()) {
            audit.recordOutOfScope("visit to household " + householdId);
            throw new HouseholdRuleException("visit.refused.householdGone");
        }
        return household;
    }

    /** Added on the spot; a resend finds the household the first attempt created. */
    private Household newHousehold(VisitSubmission visit, SignedInUser member) {
        NewHousehold added = visit.newHousehold();
        Optional<Household> earlier = households.findByClientId(added.clientId());
        if (earlier.isPresent()) {
            return householdInScope(earlier.get().getId());
        }
        PlaceRef village = places.findInMyScope(added.villageId()).orElse(null);
        if (village == null || village.level() != PlaceLevel.VILLAGE || !village.active()) {
            audit.recordOutOfScope("new household in place " + added.villageId());
            throw new HouseholdRuleException("visit.refused.villageNotYours");
        }
        HouseholdDetails details = HouseholdService.details(added.headName(), added.address(), added.phone(),
                added.adults());
        if (!visit.consent()) {
            details = new HouseholdDetails(null, details.address(), null, details.adults());
        }
        Household household = households.saveAndFlush(new Household(added.clientId(), village.id(), details,
                clock.instant(), member.username()));
        events.added(household);
        return household;
    }

    private Optional<String> problemWith(VisitSubmission visit) {
        if (!isUuid(visit.clientId())) {
            return Optional.of("visit.refused.badId");
        }
        if ((visit.householdId() == null) == (visit.newHousehold() == null)) {
            return Optional.of("visit.refused.householdGone");
        }
        if (visit.newHousehold() != null && !isUuid(visit.newHousehold().clientId())) {
            return Optional.of("visit.refused.badId");
        }
        if (visit.activities() == null || visit.activities().isEmpty()) {
            return Optional.of("visit.refused.noActivity");
        }
        Instant now = clock.instant();
        if (visit.visitedAt() == null || visit.visitedAt().isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of("visit.refused.future");
        }
        if (visit.visitedAt().isBefore(now.minus(OLDEST_QUEUED_VISIT))) {
            return Optional.of("visit.refused.tooOld");
        }
        if (visit.note() != null && visit.note().length() > VisitSubmission.MAX_NOTE) {
            return Optional.of("visit.refused.noteTooLong");
        }
        Readiness profile = visit.profile();
        if (profile != null && profile.smartphones() != null
                && (profile.smartphones() < 0 || profile.smartphones() > Readiness.MAX_SMARTPHONES)) {
            return Optional.of("visit.refused.smartphones");
        }
        Position position = visit.position();
        if (position != null && (position.latitude() == null || position.longitude() == null
                || position.latitude().abs().doubleValue() > 90 || position.longitude().abs().doubleValue() > 180)) {
            return Optional.of("visit.refused.position");
        }
        if (visit.newHousehold() != null) {
            try {
                HouseholdService.details(visit.newHousehold().headName(), visit.newHousehold().address(),
                        visit.newHousehold().phone(), visit.newHousehold().adults());
            } catch (HouseholdRuleException invalid) {
                return Optional.of(invalid.messageKey());
            }
        }
        return Optional.empty();
    }

    private static boolean isUuid(String text) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            return false;
        }
        UUID.fromString(text);
        return true;
    }

    private static String note(VisitSubmission visit) {
        String note = VietnameseText.clean(visit.note());
        return note == null || note.isEmpty() ? null : note;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HouseholdService.VIETNAM);
    }

    /**
     * Everything the member recorded, in a fixed order; a resend of the same visit gives the same hash. Public for
     * the demo generator, which writes visits in bulk.
     */
    public static String contentHash(VisitSubmission visit) {
        StringBuilder text = new StringBuilder();
        text.append(visit.householdId()).append('|');
        NewHousehold added = visit.newHousehold();
        if (added != null) {
            text.append(added.clientId()).append(',').append(added.villageId()).append(',')
                    .append(VietnameseText.clean(added.headName())).append(',')
                    .append(VietnameseText.clean(added.address())).append(',')
                    .append(PhoneNumbers.normalizeMobile(added.phone()).orElse(null)).append(',')
                    .append(added.adults());
        }
        text.append('|').append(visit.visitedAt().toEpochMilli()).append('|')
                .append(new ActivitiesConverter().convertToDatabaseColumn(visit.activities())).append('|')
                .append(visit.profile()).append('|').append(note(visit)).append('|').append(visit.consent())
                .append('|');
        Position position = visit.position();
        if (position != null) {
            text.append(position.latitude().stripTrailingZeros().toPlainString()).append(',')
                    .append(position.longitude().stripTrailingZeros().toPlainString()).append(',')
                    .append(position.accuracyMetres());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
