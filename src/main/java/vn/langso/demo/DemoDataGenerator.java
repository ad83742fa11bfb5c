package vn.langso.demo;

import java.time.LocalDate;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.place.NewPlace;
import vn.langso.place.PlaceRef;
import vn.langso.place.PlaceService;
import vn.langso.report.DashboardService;
import vn.langso.security.AccountService;
import vn.langso.security.NewAccount;
import vn.langso.security.Role;
import vn.langso.team.Affiliation;
import vn.langso.team.Gender;
import vn.langso.team.NewMember;
import vn.langso.team.NewTeam;
import vn.langso.team.TeamDecision;
import vn.langso.team.TeamRole;
import vn.langso.team.TeamService;

/**
 * Fills an empty database with a demo province and one account per role, on first start in demo mode. Places,
 * accounts and teams are made through the same services as the screens, as a province administrator, so they obey
 * the same rules as real data; the year of history after them (registers, visits, learners) is written in bulk by
 * {@link DemoHistory}, then the dashboards' sums are rebuilt from it. The one place demo data comes from: local
 * runs, tests and benchmarks; {@link DemoScale} says how big.
 */
@Component
class DemoDataGenerator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    /** The demo team member's own phone, so they appear on their village's roster. */
    static final String TEAM_MEMBER_PHONE = "0912345678";

    private final PlaceService places;
    private final TeamService teams;
    private final AccountService accounts;
    private final DemoHouseholds demoHouseholds;
    private final DemoHistory history;
    private final DashboardService dashboards;
    private final TransactionTemplate transaction;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final SecurityContextHolderStrategy securityContexts;
    private final boolean enabled;
    private final long seed;
    private final DemoScale scale;
    private volatile boolean running;

    DemoDataGenerator(PlaceService places, TeamService teams, AccountService accounts, DemoHouseholds demoHouseholds,
            DemoHistory history, DashboardService dashboards, TransactionTemplate transaction,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts,
            @Value("${langso.demo.enabled:false}") boolean enabled,
            @Value("${langso.demo.seed:20250701}") long seed,
            @Value("${langso.demo.scale:1}") int scale,
            @Value("${langso.demo.villages-per-commune:10}") int villagesPerCommune,
            @Value("${langso.demo.largest-village-team:6}") int largestVillageTeam,
            @Value("${langso.demo.households-per-village:28}") int householdsPerVillage,
            @Value("${langso.demo.learners:0}") int learners,
            @Value("${langso.demo.completions:0}") int completions) {
        this.places = places;
        this.teams = teams;
        this.accounts = accounts;
        this.demoHouseholds = demoHouseholds;
        this.history = history;
        this.dashboards = dashboards;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.enabled = enabled;
        this.seed = seed;
        this.scale = new DemoScale(scale, villagesPerCommune, largestVillageTeam, householdsPerVillage, learners,
                completions);
    }

    /**
     * Runs once every bean is ready (the shipped lessons are published by then, which the learners' history needs)
     * and before the web server takes requests (a later phase), so nobody signs in to a half-made demo.
     */
    @Override
    public void start() {
        if (enabled) {
            asSystemAdministrator(this::generateIfEmpty);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    private void generateIfEmpty() {
        DemoProvince province = DemoProvince.generate(seed, scale.scale(), scale.villagesPerCommune());
        if (places.findIdByCode(province.code(), "PROVINCE").isPresent()) {
            return;
        }
        long started = System.nanoTime();
        DemoAccount admin = DemoAccount.ALL.getFirst();
        DemoAccount teamMember = DemoAccount.ALL.stream()
                .filter(account -> account.role() == Role.TEAM_MEMBER).findFirst().orElseThrow();
        long demoVillage = transaction.execute(status -> {
            LocalDate founded = LocalDate.of(2025, 7, 1);
            long provinceId = places.create(new NewPlace(null, "PROVINCE", province.code(), province.name(), founded));
            long firstCommuneId = 0;
            long firstVillageId = 0;
            int villageCount = 0;
            for (DemoProvince.Commune commune : province.communes()) {
                long communeId = places.create(
                        new NewPlace(provinceId, commune.typeCode(), commune.code(), commune.name(), founded));
                for (DemoProvince.Village village : commune.villages()) {
                    long villageId = places.create(
                            new NewPlace(communeId, village.typeCode(), village.code(), village.name(), founded));
                    villageCount++;
                    if (firstVillageId == 0 && "COMMUNE".equals(commune.typeCode())) {
                        firstCommuneId = communeId;
                        firstVillageId = villageId;
                    }
                }
            }
            for (DemoAccount account : DemoAccount.ALL) {
                long home = switch (account.role()) {
                    case PROVINCE_ADMIN -> provinceId;
                    case COMMUNE_LEADER -> firstCommuneId;
                    case TEAM_MEMBER, LEARNER -> firstVillageId;
                };
                accounts.createAccount(new NewAccount(account.username(), DemoAccount.PASSWORD,
                        account.fullName(), account.role(), home));
            }
            log.info("Demo province {}: {} communes, {} villages, {} accounts (seed {}, {})", province.name(),
                    province.communes().size(), villageCount, DemoAccount.ALL.size(), seed, scale);
            return firstVillageId;
        });
        int members = as(admin.username(), Role.PROVINCE_ADMIN, () -> generateTeams(demoVillage));
        jdbc.sql("update user_account set person_id = (select id from person where phone = ?) where username = ?")
                .params(vn.langso.common.PhoneNumbers.normalizeMobile(TEAM_MEMBER_PHONE).orElseThrow(),
                        teamMember.username())
                .update();
        log.info("Demo teams: {} members", members);
        DemoHistory.Written written = as(admin.username(), Role.PROVINCE_ADMIN,
                () -> history.write(scale, seed + 3, demoVillage));
        int visitCount = as(teamMember.username(), Role.TEAM_MEMBER, () -> demoHouseholds.visitSome(seed + 4));
        int figureRows = dashboards.rebuildFigures();
        log.info("Demo history: {} households, {} accounts, {} visits (and {} by {}), {} learners, {} completions; "
                + "{} rows of dashboard figures", written.households(), written.accounts(), written.visits(),
                visitCount, teamMember.username(), written.learners(), written.completions(), figureRows);
        log.info("Demo data generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Commune teams for every commune and village teams for most villages (some are left without one, as in
     * real provinces), through the team service as the demo province administrator, a transaction per commune.
     */
    private int generateTeams(long teamMembersVillageId) {
        Random random = new Random(seed + 1);
        DemoPeople people = new DemoPeople(seed + 2);
        people.reservePhone(TEAM_MEMBER_PHONE);
        LocalDate decided = LocalDate.of(2025, 7, 15);
        int count = 0;
        int[] decisionNumber = {100};
        for (PlaceRef commune : places.communesInMyScope()) {
            count += transaction.execute(status -> {
                String signer = people.next().fullName();
                long communeTeam = teams.createTeam(new NewTeam(commune.id(),
                        new TeamDecision(decisionNumber[0]++ + "/QĐ-UBND", decided, signer)));
                int added = addMembers(communeTeam, 8 + random.nextInt(4), people, random,
                        Affiliation.COMMUNE_OFFICIAL);
                for (PlaceRef village : places.villagesOf(commune.id())) {
                    boolean isTeamMembersVillage = village.id() == teamMembersVillageId;
                    if (!isTeamMembersVillage && random.nextInt(100) < 12) {
                        continue;
                    }
                    long villageTeam = teams.createTeam(new NewTeam(village.id(),
                            new TeamDecision(decisionNumber[0]++ + "/QĐ-UBND", decided, signer)));
                    if (isTeamMembersVillage) {
                        DemoAccount member = DemoAccount.ALL.stream()
                                .filter(account -> account.role() == Role.TEAM_MEMBER).findFirst().orElseThrow();
                        teams.addMember(villageTeam, new NewMember(member.fullName(), TEAM_MEMBER_PHONE, Gender.MALE,
                                1994, TeamRole.LEADER, Affiliation.YOUTH_UNION, decided));
                        added += 1 + addMembers(villageTeam, 3, people, random, Affiliation.VILLAGE_HEAD);
                    } else {
                        added += addMembers(villageTeam, scale.villageTeamSize(random), people, random,
                                Affiliation.VILLAGE_HEAD);
                    }
                }
                return added;
            });
        }
        return count;
    }

    private int addMembers(long teamId, int size, DemoPeople people, Random random, Affiliation leaderAffiliation) {
        Affiliation[] others = {Affiliation.YOUTH_UNION, Affiliation.WOMENS_UNION, Affiliation.POLICE,
                Affiliation.TELECOM_POST, Affiliation.TEACHER, Affiliation.VETERANS, Affiliation.HEALTH_WORKER};
        for (int i = 0; i < size; i++) {
            DemoPeople.DemoPerson person = people.next();
            TeamRole role = i == 0 ? TeamRole.LEADER : i == 1 ? TeamRole.DEPUTY : TeamRole.MEMBER;
            Affiliation affiliation = i == 0 ? leaderAffiliation : others[random.nextInt(others.length)];
            teams.addMember(teamId, new NewMember(person.fullName(), person.phone(), person.gender(),
                    person.birthYear(), role, affiliation, LocalDate.of(2025, 7, 15)));
        }
        return size;
    }

    private <T> T as(String username, Role role, java.util.function.Supplier<T> work) {
        SecurityContext previous = securityContexts.getContext();
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(role.authority())));
        securityContexts.setContext(context);
        try {
            return work.get();
        } finally {
            securityContexts.setContext(previous);
        }
    }

    /** Through the same holder strategy the method-security checks read (Vaadin registers its own). */
    private void asSystemAdministrator(Runnable work) {
        as("system", Role.PROVINCE_ADMIN, () -> {
            work.run();
            return null;
        });
    }
}
