package vn.langso.demo;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langso.place.NewPlace;
import vn.langso.place.PlaceService;
import vn.langso.security.AccountService;
import vn.langso.security.NewAccount;
import vn.langso.security.Role;

/**
 * Fills an empty database with a demo province and one account per role, on first start in demo mode.
 * It acts through the same services as the screens, as a province administrator, so the demo data obeys
 * the same rules as real data. The one place demo data comes from: local runs, tests and benchmarks.
 */
@Component
class DemoDataGenerator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final PlaceService places;
    private final AccountService accounts;
    private final TransactionTemplate transaction;
    private final SecurityContextHolderStrategy securityContexts;
    private final boolean enabled;
    private final long seed;
    private final int scale;

    DemoDataGenerator(PlaceService places, AccountService accounts, TransactionTemplate transaction,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts,
            @Value("${langso.demo.enabled:false}") boolean enabled,
            @Value("${langso.demo.seed:20250701}") long seed,
            @Value("${langso.demo.scale:1}") int scale) {
        this.places = places;
        this.accounts = accounts;
        this.transaction = transaction;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.enabled = enabled;
        this.seed = seed;
        this.scale = scale;
    }

    /** Runs before the web server takes requests, so nobody signs in to a half-made demo. */
    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            asSystemAdministrator(this::generateIfEmpty);
        }
    }

    private void generateIfEmpty() {
        DemoProvince province = DemoProvince.generate(seed, scale);
        if (places.findIdByCode(province.code(), "PROVINCE").isPresent()) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
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
            log.info("Demo province {}: {} communes, {} villages, {} accounts (seed {}, scale {})",
                    province.name(), province.communes().size(), villageCount, DemoAccount.ALL.size(), seed, scale);
        });
        log.info("Demo data generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Through the same holder strategy the method-security checks read (Vaadin registers its own). */
    private void asSystemAdministrator(Runnable work) {
        SecurityContext previous = securityContexts.getContext();
        SecurityContext system = securityContexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList(Role.PROVINCE_ADMIN.authority())));
        securityContexts.setContext(system);
        try {
            work.run();
        } finally {
            securityContexts.setContext(previous);
        }
    }
}
