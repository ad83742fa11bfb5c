package vn.langso.team;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.RecordDates;
import vn.langso.common.StaleSave;
import vn.langso.common.VietnameseText;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.place.PlacesMerged;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;

/**
 * Teams and their rosters. Every read and write goes through the caller's scope: a place outside it is
 * refused as if it did not exist ({@link vn.langso.place.PlaceNotFoundException}).
 */
@Service
public class TeamService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final PersonRepository people;
    private final TeamSizeGuidanceRepository guidance;
    private final PlaceService places;
    private final AccountService accounts;
    private final Clock clock;

    TeamService(TeamRepository teams, TeamMembershipRepository memberships, PersonRepository people,
            TeamSizeGuidanceRepository guidance, PlaceService places, AccountService accounts, Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.people = people;
        this.guidance = guidance;
        this.places = places;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The commune's own team and every village's team, with what is missing or over the guidance. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional(readOnly = true)
    public CommuneCoverage coverage(long communeId) {
        PlaceRef commune = places.getInMyScope(communeId);
        if (commune.level() != PlaceLevel.COMMUNE) {
            throw new TeamRuleException("team.notACommune");
        }
        List<PlaceRef> villages = places.villagesOf(communeId);
        List<PlaceRef> all = Stream.concat(Stream.of(commune), villages.stream()).toList();
        Map<Long, List<Team>> teamsByPlace = teams.findByPlaceIdIn(all.stream().map(PlaceRef::id).toList()).stream()
                .filter(team -> team.getStatus() == TeamStatus.ACTIVE)
                .collect(Collectors.groupingBy(Team::getPlaceId));
        List<Long> teamIds = teamsByPlace.values().stream().flatMap(List::stream).map(Team::getId).toList();
        Map<Long, List<MemberRow>> membersByTeam = activeMembers(teamIds).stream()
                .collect(Collectors.groupingBy(MemberRow::teamId));
        Map<TeamLevel, Integer> limits = limits();
        Function<PlaceRef, PlaceTeamRow> row = place -> {
            List<Team> placeTeams = teamsByPlace.getOrDefault(place.id(), List.of());
            if (placeTeams.isEmpty()) {
                return new PlaceTeamRow(place, null, 0, null, List.of(TeamWarning.NO_TEAM));
            }
            Team team = placeTeams.getFirst();
            List<MemberRow> members = membersByTeam.getOrDefault(team.getId(), List.of());
            List<TeamWarning> warnings = warnings(team, members, limits);
            if (placeTeams.size() > 1) {
                warnings = Stream.concat(Stream.of(TeamWarning.MORE_THAN_ONE_TEAM), warnings.stream()).toList();
            }
            return new PlaceTeamRow(place, team.getId(), members.size(), leaderName(members), warnings);
        };
        return new CommuneCoverage(row.apply(commune), villages.stream().map(row).toList());
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    @Transactional(readOnly = true)
    public TeamDetails team(long teamId) {
        Team team = teamInScope(teamId);
        PlaceRef place = places.getInMyScope(team.getPlaceId());
        List<MemberRow> all = members(List.of(teamId), false);
        List<MemberRow> active = all.stream().filter(MemberRow::active).toList();
        List<MemberRow> former = all.stream().filter(member -> !member.active())
                .sorted(Comparator.comparing(MemberRow::leftOn).reversed()).toList();
        Map<TeamLevel, Integer> limits = limits();
        return new TeamDetails(team.getId(), team.getVersion(), place, team.getLevel(), team.getStatus(),
                team.getDecision(), active, former, limits.get(team.getLevel()), warnings(team, active, limits));
    }

    /** The teams of the signed-in team member's own village (read only). */
    @RolesAllowed(AppRoles.TEAM_MEMBER)
    @Transactional(readOnly = true)
    public List<Long> myTeamIds(long homePlaceId) {
        PlaceRef home = places.getInMyScope(homePlaceId);
        return teams.findByPlaceIdAndStatus(home.id(), TeamStatus.ACTIVE).stream().map(Team::getId).toList();
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public long createTeam(NewTeam newTeam) {
        PlaceRef place = places.getInMyScope(newTeam.placeId());
        if (place.level() == PlaceLevel.PROVINCE) {
            throw new TeamRuleException("team.create.notForProvince");
        }
        if (!teams.findByPlaceIdAndStatus(place.id(), TeamStatus.ACTIVE).isEmpty()) {
            throw new TeamRuleException("team.create.alreadyHasTeam", place.name());
        }
        checkDecision(newTeam.decision());
        TeamLevel level = place.level() == PlaceLevel.COMMUNE ? TeamLevel.COMMUNE : TeamLevel.VILLAGE;
        return teams.save(new Team(place.id(), level, newTeam.decision(), clock.instant())).getId();
    }

    /** Records a new decision (kiện toàn); {@code version} is what the editor saw, so a stale save is refused. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public void recordDecision(long teamId, long version, TeamDecision decision) {
        Team team = teamInScope(teamId);
        if (team.getVersion() != version) {
            throw new TeamRuleException("team.staleEdit");
        }
        checkDecision(decision);
        team.record(decision);
        StaleSave.flushOrRefuse(teams, () -> new TeamRuleException("team.staleEdit"));
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public MemberAdded addMember(long teamId, NewMember member) {
        Team team = teamInScope(teamId);
        return join(team, member);
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public void endMembership(long membershipId, LocalDate leftOn) {
        TeamMembership membership = membershipInScope(membershipId);
        if (!membership.isActive()) {
            throw new TeamRuleException("team.member.alreadyLeft");
        }
        LocalDate day = leftOn == null ? today() : leftOn;
        if (day.isAfter(today())) {
            throw new TeamRuleException("team.member.leftInFuture");
        }
        membership.leave(day);
        StaleSave.flushOrRefuse(memberships, () -> new TeamRuleException("team.member.alreadyLeft"));
    }

    /** The person leaves their team on {@code on} and joins another one the same day, keeping role and affiliation. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public long moveMember(long membershipId, long toTeamId, LocalDate on) {
        TeamMembership membership = membershipInScope(membershipId);
        if (!membership.isActive()) {
            throw new TeamRuleException("team.member.alreadyLeft");
        }
        Team target = teamInScope(toTeamId);
        if (target.getId() == membership.getTeamId()) {
            throw new TeamRuleException("team.member.sameTeam");
        }
        if (!memberships.findByTeamIdAndLeftOnIsNull(target.getId()).stream()
                .filter(other -> other.getPersonId() == membership.getPersonId()).toList().isEmpty()) {
            throw new TeamRuleException("team.member.alreadyInTeam");
        }
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new TeamRuleException("team.member.move.dateInFuture");
        }
        if (day.isBefore(membership.getJoinedOn())) {
            throw new TeamRuleException("team.member.move.beforeJoined",
                    membership.getJoinedOn().format(DAY_MONTH_YEAR));
        }
        membership.leave(day);
        StaleSave.flushOrRefuse(memberships, () -> new TeamRuleException("team.member.alreadyLeft"));
        long moved = memberships.save(new TeamMembership(target.getId(), membership.getPersonId(),
                membership.getRole(), membership.getAffiliation(), day)).getId();
        Team from = teams.findById(membership.getTeamId()).orElseThrow();
        Person person = people.findById(membership.getPersonId()).orElseThrow();
        accounts.moveTeamMemberHome(person.getPhone(), from.getPlaceId(), target.getPlaceId());
        return moved;
    }

    /**
     * Gives an active member an account from the roster: they sign in with their phone number and the returned
     * one-time password, which they must change at first sign-in.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public String createAccountFor(long membershipId) {
        TeamMembership membership = membershipInScope(membershipId);
        if (!membership.isActive()) {
            throw new TeamRuleException("team.member.alreadyLeft");
        }
        Person person = people.findById(membership.getPersonId()).orElseThrow();
        Team team = teams.findById(membership.getTeamId()).orElseThrow();
        return accounts.createTeamMemberAccount(person.getPhone(), person.getFullName(), team.getPlaceId(),
                person.getId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<TeamLevel, Integer> sizeGuidance() {
        return limits();
    }

    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public void setSizeGuidance(TeamLevel level, int maxMembers) {
        if (maxMembers < 1 || maxMembers > 100) {
            throw new TeamRuleException("team.guidance.outOfRange");
        }
        guidance.findById(level).orElseThrow().setMaxMembers(maxMembers);
    }

    /**
     * Teams follow their commune into a merge. The new commune may then have more than one commune team; the
     * coverage shows that, and the leader reorganises them (kiện toàn) by decision, as in real life.
     */
    @EventListener
    void onPlacesMerged(PlacesMerged merged) {
        teams.findByPlaceIdIn(merged.fromIds()).stream().filter(team -> team.getStatus() == TeamStatus.ACTIVE)
                .forEach(team -> team.moveTo(merged.toId()));
    }

    MemberAdded join(Team team, NewMember member) {
        String phone = PhoneNumbers.normalizeMobile(member.phone())
                .orElseThrow(() -> new TeamRuleException("team.member.badPhone"));
        if (member.fullName() == null || member.fullName().isBlank()) {
            throw new TeamRuleException("team.member.nameRequired");
        }
        if (!BirthYears.valid(member.birthYear(), today())) {
            throw new TeamRuleException("team.member.birthYear.invalid", String.valueOf(BirthYears.FIRST),
                    String.valueOf(BirthYears.last(today())));
        }
        if (member.joinedOn() != null && !RecordDates.within(member.joinedOn(), today())) {
            throw new TeamRuleException("team.member.joinedOn.invalid", RecordDates.EARLIEST.format(DAY_MONTH_YEAR));
        }
        Person existing = people.findByPhone(phone).orElse(null);
        Person person = existing != null ? existing
                : people.save(new Person(member.fullName(), phone, member.gender(), member.birthYear(),
                        clock.instant()));
        boolean alreadyInTeam = memberships.findByTeamIdAndLeftOnIsNull(team.getId()).stream()
                .anyMatch(other -> other.getPersonId() == person.getId());
        if (alreadyInTeam) {
            throw new TeamRuleException("team.member.alreadyInTeam");
        }
        LocalDate joined = member.joinedOn() == null ? today() : member.joinedOn();
        TeamMembership saved = memberships.save(new TeamMembership(team.getId(), person.getId(),
                member.role() == null ? TeamRole.MEMBER : member.role(),
                member.affiliation() == null ? Affiliation.OTHER : member.affiliation(), joined));
        List<MemberRow> active = activeMembers(List.of(team.getId()));
        return new MemberAdded(saved.getId(), existing != null, warnings(team, active, limits()));
    }

    Team teamInScope(long teamId) {
        Team team = teams.findById(teamId).orElseThrow(() -> new TeamNotFoundException(teamId));
        try {
            places.getInMyScope(team.getPlaceId());
        } catch (vn.langso.place.PlaceNotFoundException outsideScope) {
            throw new TeamNotFoundException(teamId);
        }
        return team;
    }

    private TeamMembership membershipInScope(long membershipId) {
        TeamMembership membership = memberships.findById(membershipId)
                .orElseThrow(() -> new TeamNotFoundException(membershipId));
        teamInScope(membership.getTeamId());
        return membership;
    }

    private List<MemberRow> activeMembers(Collection<Long> teamIds) {
        return members(teamIds, true);
    }

    private List<MemberRow> members(Collection<Long> teamIds, boolean activeOnly) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<TeamMembership> rows = activeOnly ? memberships.findByTeamIdInAndLeftOnIsNull(teamIds)
                : memberships.findByTeamIdIn(teamIds);
        Map<Long, Person> persons = people.findAllById(rows.stream().map(TeamMembership::getPersonId).toList())
                .stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        java.text.Collator collator = java.text.Collator.getInstance(VietnameseText.VIETNAMESE);
        java.util.Set<String> withAccount = accounts.existingUsernames(
                persons.values().stream().map(Person::getPhone).toList());
        return rows.stream().map(membership -> {
            Person person = persons.get(membership.getPersonId());
            return new MemberRow(membership.getId(), membership.getTeamId(), person.getId(), person.getFullName(),
                    person.getPhone(), person.getGender(), person.getBirthYear(), membership.getRole(),
                    membership.getAffiliation(), membership.getJoinedOn(), membership.getLeftOn(),
                    withAccount.contains(person.getPhone()));
        }).sorted(Comparator.comparing(MemberRow::role).thenComparing(MemberRow::fullName, collator)).toList();
    }

    private List<TeamWarning> warnings(Team team, List<MemberRow> activeMembers, Map<TeamLevel, Integer> limits) {
        List<TeamWarning> warnings = new ArrayList<>();
        if (activeMembers.size() > limits.get(team.getLevel())) {
            warnings.add(TeamWarning.OVER_SIZE);
        }
        if (activeMembers.stream().noneMatch(member -> member.role() == TeamRole.LEADER)) {
            warnings.add(TeamWarning.NO_LEADER);
        }
        if (team.getDecision().number() == null || team.getDecision().number().isBlank()) {
            warnings.add(TeamWarning.NO_DECISION);
        }
        return List.copyOf(warnings);
    }

    private static String leaderName(List<MemberRow> members) {
        return members.stream().filter(member -> member.role() == TeamRole.LEADER).map(MemberRow::fullName)
                .findFirst().orElse(null);
    }

    private Map<TeamLevel, Integer> limits() {
        return guidance.findAll().stream()
                .collect(Collectors.toMap(TeamSizeGuidance::getLevel, TeamSizeGuidance::getMaxMembers));
    }

    private void checkDecision(TeamDecision decision) {
        if (decision != null && decision.date() != null && decision.date().isAfter(today())) {
            throw new TeamRuleException("team.decision.dateInFuture");
        }
        if (decision != null && decision.date() != null && decision.date().isBefore(RecordDates.EARLIEST)) {
            throw new TeamRuleException("team.decision.dateTooEarly", RecordDates.EARLIEST.format(DAY_MONTH_YEAR));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }
}
