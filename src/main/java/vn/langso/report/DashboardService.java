package vn.langso.report;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.learning.Topic;
import vn.langso.place.PlaceLevel;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.AuditTrail;
import vn.langso.security.SignedInUser;

/**
 * The leaders' dashboards. A commune leader sees their commune, a province admin the province (and any commune in
 * it), a team member their own village: the place is checked against the caller's scope, and every query is
 * narrowed to that place's subtree in SQL.
 */
@Service
public class DashboardService {

    /** A member with no visit in this many days is flagged inactive. */
    public static final int ACTIVE_DAYS = 30;
    public static final int LONGEST_PERIOD_MONTHS = 36;

    private final FigureQueries queries;
    private final FigureLedger ledger;
    private final PlaceService places;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    DashboardService(FigureQueries queries, FigureLedger ledger, PlaceService places, AccountService accounts, AuditTrail audit,
            JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.ledger = ledger;
        this.places = places;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last twelve months, this one included. */
    @org.springframework.security.access.prepost.PreAuthorize("isAuthenticated()")
    public YearMonth thisMonth() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), FigureLedger.VIETNAM));
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    @Transactional(readOnly = true)
    public Dashboard dashboard(DashboardQuery query) {
        DashboardScope scope = scope(query);
        return build(scope.place(), scope.from(), scope.to());
    }

    /**
     * The place (checked against the caller's scope; another place is logged and refused as not found) and the
     * months: the last twelve unless given, never past this month, at most {@link #LONGEST_PERIOD_MONTHS}.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public DashboardScope scope(DashboardQuery query) {
        PlaceRef place = placeFor(query.placeId());
        YearMonth to = query.to() == null || query.to().isAfter(thisMonth()) ? thisMonth() : query.to();
        YearMonth from = query.from() == null || query.from().isAfter(to) ? to.minusMonths(11) : query.from();
        if (from.isBefore(to.minusMonths(LONGEST_PERIOD_MONTHS - 1))) {
            from = to.minusMonths(LONGEST_PERIOD_MONTHS - 1);
        }
        return new DashboardScope(place, from, to);
    }

    /** The places the caller may open a dashboard of, their own first: a province admin's communes, a leader's villages. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    @Transactional(readOnly = true)
    public List<PlaceRef> placesToChoose() {
        PlaceRef home = homePlace();
        List<PlaceRef> choices = new ArrayList<>();
        choices.add(home);
        switch (home.level()) {
            case PROVINCE -> choices.addAll(places.communesInMyScope());
            case COMMUNE -> choices.addAll(places.villagesOf(home.id()));
            case VILLAGE -> { }
        }
        return choices;
    }

    /** The latest day a target may be due: a typo guard (year 9999), far past any plan the province makes. */
    static final LocalDate LAST_DUE_DATE = LocalDate.of(2100, 12, 31);

    /**
     * Sets what the province aims for on one indicator: a percentage from 1 to 100, due on a day from today (in
     * Vietnam) to {@link #LAST_DUE_DATE}.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public void setTarget(Indicator indicator, int percent, LocalDate dueOn) {
        if (percent < 1 || percent > 100) {
            throw new ReportRuleException("report.target.percent");
        }
        if (dueOn == null) {
            throw new ReportRuleException("report.target.dueOn");
        }
        if (dueOn.isBefore(LocalDate.ofInstant(clock.instant(), FigureLedger.VIETNAM))) {
            throw new ReportRuleException("report.target.dueOnPast");
        }
        if (dueOn.isAfter(LAST_DUE_DATE)) {
            throw new ReportRuleException("report.target.dueOnTooFar");
        }
        long provinceId = provinceOf(homePlace());
        String by = accounts.currentUser().username();
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                update indicator_target set target_percent = ?, due_on = ?, set_by = ?, set_at = ?,
                  version = version + 1 where province_id = ? and indicator = ?""")
                .params(percent, dueOn, by, now, provinceId, indicator.name()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into indicator_target (province_id, indicator, target_percent, due_on, set_by, set_at, version)
                    values (?, ?, ?, ?, ?, ?, 0)""")
                    .params(provinceId, indicator.name(), percent, dueOn, by, now).update();
        }
        audit.recordForCurrentUser("TARGET_SET", provinceId, indicator.name() + " " + percent + "% by " + dueOn);
    }

    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public void removeTarget(Indicator indicator) {
        long provinceId = provinceOf(homePlace());
        if (jdbc.sql("delete from indicator_target where province_id = ? and indicator = ?")
                .params(provinceId, indicator.name()).update() > 0) {
            audit.recordForCurrentUser("TARGET_REMOVED", provinceId, indicator.name());
        }
    }

    /** Recomputes the dashboards' sums from the records, after records were loaded in bulk (the demo generator). */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public int rebuildFigures() {
        return ledger.rebuild();
    }

    PlaceRef placeFor(Long placeId) {
        if (placeId == null) {
            return homePlace();
        }
        return places.findInMyScope(placeId).filter(place -> place.level() != null).orElseGet(() -> {
            audit.recordOutOfScope("dashboard of place " + placeId);
            throw new PlaceNotFoundException(placeId);
        });
    }

    private PlaceRef homePlace() {
        SignedInUser user = accounts.currentUser();
        return places.getInMyScope(user.scope().placeId());
    }

    private static long provinceOf(PlaceRef place) {
        return Long.parseLong(place.path().split("/")[1]);
    }

    private Dashboard build(PlaceRef place, YearMonth from, YearMonth to) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, FigureLedger.VIETNAM);
        int depth = place.path().split("/").length - 1;
        Map<Long, FigureQueries.SubPlace> subtree = queries.subtree(place.path());
        List<PlaceRef> partPlaces = switch (place.level()) {
            case PROVINCE -> places.communesInMyScope(); // only a province admin opens a province: their own
            case COMMUNE -> places.villagesOf(place.id());
            case VILLAGE -> List.of();
        };
        Map<Long, Builder> parts = new LinkedHashMap<>();
        partPlaces.forEach(part -> parts.put(part.id(), new Builder(part.id(), part.name())));
        Builder total = new Builder(place.id(), place.name());

        queries.perPlace(place.path(), from, to).forEach((placeId, figures) -> {
            total.figures.add(figures);
            partOf(placeId, subtree, depth, parts).ifPresent(part -> part.figures.add(figures));
        });
        queries.visitedPerVillage(place.path(), now).forEach((villageId, visited) -> {
            total.visited(visited);
            partOf(villageId, subtree, depth, parts).ifPresent(part -> part.visited(visited));
        });
        Map<Long, Integer> teamsPerVillage = queries.teamsPerVillage(place.path());
        List<String> villagesWithoutTeam = new ArrayList<>();
        teamsPerVillage.forEach((villageId, teams) -> {
            total.village(teams > 0);
            partOf(villageId, subtree, depth, parts).ifPresent(part -> part.village(teams > 0));
            if (teams == 0) {
                villagesWithoutTeam.add(subtree.get(villageId).name());
            }
        });
        villagesWithoutTeam.sort(vn.langso.common.VietnameseText.order());
        List<MemberActivity> members = new ArrayList<>();
        Map<Long, TeamTally> teams = new LinkedHashMap<>();
        for (FigureQueries.MemberRow member : queries.members(place.path(), today.minusDays(ACTIVE_DAYS - 1))) {
            String teamPlace = subtree.get(member.teamPlaceId()).name();
            teams.computeIfAbsent(member.teamId(), id -> new TeamTally(member.teamPlaceId(), teamPlace)).add(member);
            total.member(member);
            partOf(member.teamPlaceId(), subtree, depth, parts).ifPresent(part -> part.member(member));
            if (place.level() != PlaceLevel.PROVINCE) {
                members.add(new MemberActivity(member.name(), teamPlace, member.visits(), member.hasAccount()));
            }
        }
        List<TeamActivity> teamRows = new ArrayList<>();
        teams.forEach((teamId, tally) -> {
            total.team(tally.visits);
            partOf(tally.placeId, subtree, depth, parts).ifPresent(part -> part.team(tally.visits));
            teamRows.add(new TeamActivity(teamId, tally.place, tally.members, tally.visits));
        });
        members.sort(java.util.Comparator.comparingLong(MemberActivity::visits)
                .thenComparing(MemberActivity::name, vn.langso.common.VietnameseText.order()));
        teamRows.sort(java.util.Comparator.comparingLong(TeamActivity::visits)
                .thenComparing(TeamActivity::place, vn.langso.common.VietnameseText.order()));

        PlaceFigures totals = total.build();
        List<TopicCompletions> topics = java.util.Arrays.stream(Topic.values())
                .map(topic -> new TopicCompletions(topic, total.figures.get(Measure.done(topic)))).toList();
        return new Dashboard(place, from, to, today, totals, parts.values().stream().map(Builder::build).toList(),
                trend(place.path(), from, to), topics, place.level() == PlaceLevel.PROVINCE ? List.of() : members,
                place.level() == PlaceLevel.PROVINCE ? List.of() : teamRows, villagesWithoutTeam,
                queries.targets(provinceOf(place)));
    }

    private List<MonthFigures> trend(String path, YearMonth from, YearMonth to) {
        Figures running = new Figures();
        Map<YearMonth, Figures> changes = queries.perMonth(path, to);
        List<MonthFigures> months = new ArrayList<>();
        for (Map.Entry<YearMonth, Figures> change : changes.entrySet()) {
            if (change.getKey().isBefore(from)) {
                running.addStocks(change.getValue());
            }
        }
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Figures change = changes.getOrDefault(month, new Figures());
            running.addStocks(change);
            months.add(new MonthFigures(month, monthly(running), change.get(Measure.VISITS), change.completions()));
        }
        return months;
    }

    static Map<Indicator, Figure> monthly(Figures f) {
        Map<Indicator, Figure> result = new EnumMap<>(Indicator.class);
        result.put(Indicator.REACHED, new Figure(f.get(Measure.REACHED), f.get(Measure.HOUSEHOLDS)));
        result.put(Indicator.SMARTPHONE, new Figure(f.get(Measure.SMARTPHONE), f.get(Measure.SMARTPHONE_ASKED)));
        result.put(Indicator.FIBRE, new Figure(f.get(Measure.FIBRE), f.get(Measure.INTERNET_ASKED)));
        result.put(Indicator.BANK_OR_WALLET,
                new Figure(f.get(Measure.BANK_OR_WALLET), f.get(Measure.BANK_OR_WALLET_ASKED)));
        result.put(Indicator.VNEID_LEVEL2, new Figure(f.get(Measure.VNEID_LEVEL2), f.get(Measure.VNEID_LEVEL2_ASKED)));
        result.put(Indicator.ONLINE_SERVICE,
                new Figure(f.get(Measure.ONLINE_SERVICE), f.get(Measure.ONLINE_SERVICE_ASKED)));
        result.put(Indicator.PAYS_CASHLESS,
                new Figure(f.get(Measure.PAYS_CASHLESS), f.get(Measure.PAYS_CASHLESS_ASKED)));
        result.put(Indicator.BASIC_SKILLS, new Figure(f.get(Measure.BASIC_SKILLS), f.get(Measure.ADULTS)));
        return result;
    }

    private static java.util.Optional<Builder> partOf(long placeId, Map<Long, FigureQueries.SubPlace> subtree,
            int depth, Map<Long, Builder> parts) {
        FigureQueries.SubPlace sub = subtree.get(placeId);
        if (sub == null) {
            return java.util.Optional.empty();
        }
        String[] segments = sub.path().split("/");
        if (segments.length <= depth + 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(parts.get(Long.parseLong(segments[depth + 1])));
    }

    private static final class TeamTally {
        final long placeId;
        final String place;
        int members;
        long visits;

        TeamTally(long placeId, String place) {
            this.placeId = placeId;
            this.place = place;
        }

        void add(FigureQueries.MemberRow member) {
            members++;
            visits += member.visits();
        }
    }

    private static final class Builder {
        final long placeId;
        final String name;
        final Figures figures = new Figures();
        long visited30;
        long visited90;
        int villages;
        int villagesWithTeam;
        int members;
        int inactiveMembers;
        int teams;
        int inactiveTeams;

        Builder(long placeId, String name) {
            this.placeId = placeId;
            this.name = name;
        }

        void visited(FigureQueries.Visited visited) {
            visited30 += visited.last30Days();
            visited90 += visited.last90Days();
        }

        void village(boolean hasTeam) {
            villages++;
            villagesWithTeam += hasTeam ? 1 : 0;
        }

        void member(FigureQueries.MemberRow member) {
            members++;
            inactiveMembers += member.visits() == 0 ? 1 : 0;
        }

        void team(long visits) {
            teams++;
            inactiveTeams += visits == 0 ? 1 : 0;
        }

        PlaceFigures build() {
            Map<Indicator, Figure> indicators = new EnumMap<>(Indicator.class);
            indicators.putAll(monthly(figures));
            long households = figures.get(Measure.HOUSEHOLDS);
            indicators.put(Indicator.VISITED_30_DAYS, new Figure(visited30, households));
            indicators.put(Indicator.VISITED_90_DAYS, new Figure(visited90, households));
            indicators.put(Indicator.TEAM_COVERAGE, new Figure(villagesWithTeam, villages));
            return new PlaceFigures(placeId, name, indicators, figures.get(Measure.VISITS), figures.completions(),
                    figures.get(Measure.LEARNERS), members, inactiveMembers, teams, inactiveTeams,
                    villages - villagesWithTeam);
        }
    }
}
