package vn.langso.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.common.PhoneNumbers;
import vn.langso.common.VietnameseText;

/** Accounts and the signed-in user: who they are, where they belong, which language they chose. */
@Service
public class AccountService {

    /** Version of the purpose text (signup.consent.purpose) a villager agrees to when signing up. */
    public static final String LEARNER_PURPOSE_VERSION = "2026-1";

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditTrail audit;
    private final AddressThrottle addresses;
    private final SessionGuard sessions;
    /** The holder the method-security checks read too (Vaadin registers its own), never the static default. */
    private final SecurityContextHolderStrategy securityContexts;

    AccountService(UserAccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock,
            AuditTrail audit, AddressThrottle addresses, SessionGuard sessions,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
        this.addresses = addresses;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user, with their home place; read from the database so a rename shows at once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SignedInUser currentUser() {
        String username = securityContexts.getContext().getAuthentication().getName();
        return findSignedIn(username).orElseThrow(() -> new IllegalStateException("No account for the signed-in user"));
    }

    /** Remembers the signed-in user's language for their next sign-in on any phone. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveLanguage(Locale locale) {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        accounts.findByUsername(authentication.getName())
                .ifPresent(account -> account.setLocale(locale.getLanguage()));
    }

    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public long createAccount(NewAccount account) {
        if (accounts.existsByUsername(account.username())) {
            throw new IllegalArgumentException("Username already taken: " + account.username());
        }
        UserAccount saved = accounts.save(new UserAccount(account.username(),
                passwordEncoder.encode(account.rawPassword()), account.fullName(), account.role(),
                account.placeId(), clock.instant()));
        return saved.getId();
    }

    /**
     * Gives a team member an account from the roster: they sign in with their phone number and a one-time
     * password, which they must change at first sign-in. Returns that one-time password, shown once to the leader.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public String createTeamMemberAccount(String phoneE164, String fullName, long homePlaceId, Long personId) {
        Scope scope = currentUser().scope();
        boolean inScope = jdbc.sql("select count(*) from place where id = ? and path like ?")
                .params(homePlaceId, scope.pathPrefixPattern()).query(Long.class).single() > 0;
        if (!inScope) {
            audit.recordOutOfScope("team member account in place " + homePlaceId);
            throw new AccountRuleException("account.placeOutsideScope");
        }
        if (accounts.existsByUsername(phoneE164)) {
            throw new AccountRuleException("account.alreadyExists");
        }
        String oneTimePassword = oneTimePassword();
        UserAccount account = new UserAccount(phoneE164, passwordEncoder.encode(oneTimePassword), fullName,
                Role.TEAM_MEMBER, homePlaceId, clock.instant());
        account.requirePasswordChange();
        if (personId != null) {
            account.belongsTo(personId);
        }
        accounts.save(account);
        return oneTimePassword;
    }

    /**
     * Which of these usernames (for team members: their E.164 phone numbers) already have an account, for the "has
     * an account" flag of a roster. Only for the people who keep teams: a villager must not be able to test whose
     * phone number has an account. Only accounts whose home place is in the caller's place or above it count (as for
     * {@link #namesOf}): a team member cannot test whether a phone number of another village or commune has an
     * account. When some asked-for number has an account outside that, the answer leaves it out and the question is
     * logged as an out-of-scope refusal.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    @Transactional(readOnly = true)
    public java.util.Set<String> existingUsernames(java.util.Collection<String> usernames) {
        java.util.Set<String> asked = usernames.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        if (asked.isEmpty()) {
            return java.util.Set.of();
        }
        String mine = currentUser().scope().path();
        record Existing(String username, String path) {
        }
        java.util.Map<Boolean, java.util.Set<String>> byScope = jdbc.sql("""
                select u.username, p.path from user_account u join place p on p.id = u.place_id
                where u.username in (:usernames)""")
                .param("usernames", asked)
                .query((rs, row) -> new Existing(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.partitioningBy(
                        existing -> withinOrAbove(existing.path(), mine),
                        java.util.stream.Collectors.mapping(Existing::username,
                                java.util.stream.Collectors.toSet())));
        int withheld = byScope.get(false).size();
        if (withheld > 0) {
            audit.recordOutOfScope("account look-up: " + withheld + " of " + asked.size()
                    + " phone numbers have an account outside the caller's place");
        }
        return byScope.get(true);
    }

    /** Is a place (by its path) in the place at {@code mine} or above it: the people a caller may know of. */
    private static boolean withinOrAbove(String path, String mine) {
        return path.startsWith(mine) || mine.startsWith(path);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accounts.findByUsername(securityContexts.getContext().getAuthentication().getName())
                .map(UserAccount::mustChangePassword).orElse(false);
    }

    /** Replaces the signed-in user's password; a villager (LEARNER) has a 4–6 digit PIN instead, under its rule. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findByUsername(securityContexts.getContext().getAuthentication().getName())
                .orElseThrow();
        boolean pin = account.getRole() == Role.LEARNER;
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRuleException(pin ? "pin.currentWrong" : "account.password.currentWrong");
        }
        if (pin) {
            PinRule.problem(newPassword, account.getUsername()).ifPresent(AccountService::refuse);
            if (newPassword.equals(currentPassword)) {
                throw new AccountRuleException("pin.sameAsBefore");
            }
        } else {
            if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
                throw new AccountRuleException("account.password.tooShort");
            }
            if (newPassword.equals(currentPassword) || account.getUsername().contains(newPassword)) {
                throw new AccountRuleException("account.password.tooEasy");
            }
        }
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    /**
     * A villager signs up on their own to take lessons: their phone number becomes their username and a 4–6 digit
     * PIN their password. A PIN is weaker than a password by design (typed on a basic phone, remembered without
     * writing down), so sign-ups and sign-ins are throttled hard: see {@link AddressThrottle} and
     * {@link SignInGuard}. Open to anyone, hence limited per network address and audited. Returns the username.
     */
    @PermitAll
    @Transactional
    public String signUpLearner(NewLearner learner, String address) {
        String from = AddressThrottle.key(address);
        if (!addresses.allowsSignUp(from)) {
            audit.recordRefusalBy("anonymous", "SIGN_UP_REFUSED_ADDRESS", null, from);
            throw new AccountRuleException("signup.tooMany");
        }
        String fullName = VietnameseText.clean(learner.fullName());
        if (fullName == null || fullName.isEmpty() || fullName.length() > 200) {
            throw new AccountRuleException("signup.nameRequired");
        }
        String phone = PhoneNumbers.normalizeMobile(learner.phone())
                .orElseThrow(() -> new AccountRuleException("signup.phoneInvalid"));
        if (learner.villageId() == null || !isActiveVillage(learner.villageId())) {
            throw new AccountRuleException("signup.villageRequired");
        }
        PinRule.problem(learner.pin(), phone).ifPresent(AccountService::refuse);
        if (!learner.consent()) {
            throw new AccountRuleException("signup.consentRequired");
        }
        if (accounts.existsByUsername(phone)) {
            throw phoneTaken(phone, from);
        }
        UserAccount account;
        try {
            account = accounts.saveAndFlush(new UserAccount(phone, passwordEncoder.encode(learner.pin()), fullName,
                    Role.LEARNER, learner.villageId(), clock.instant()));
        } catch (DataIntegrityViolationException sentTwice) {
            // A second tab (or a resend) with the same phone a moment ago: the unique username keeps it to one.
            throw phoneTaken(phone, from);
        }
        jdbc.sql("""
                insert into account_consent (account_id, given, purpose_version, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?)""")
                .params(account.getId(), true, LEARNER_PURPOSE_VERSION,
                        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), phone)
                .update();
        audit.record(phone, "SIGN_UP", learner.villageId(), null, from);
        return phone;
    }

    /**
     * A villager forgot their PIN: someone from their village's team (or a leader above it) gives them a one-time
     * PIN of 6 digits, which they must change at their next sign-in. A learner outside the caller's place is
     * refused as if there were none.
     */
    @RolesAllowed({AppRoles.TEAM_MEMBER, AppRoles.COMMUNE_LEADER, AppRoles.PROVINCE_ADMIN})
    @Transactional
    public String resetLearnerPin(String learnerPhone) {
        Scope scope = currentUser().scope();
        String phone = PhoneNumbers.normalizeMobile(learnerPhone)
                .orElseThrow(() -> new AccountRuleException("signup.phoneInvalid"));
        Optional<Long> learnerId = jdbc.sql("""
                select u.id from user_account u join place p on p.id = u.place_id
                where u.username = :username and u.role = :role and p.path like :scope""")
                .param("username", phone).param("role", Role.LEARNER.name())
                .param("scope", scope.pathPrefixPattern())
                .query(Long.class).optional();
        if (learnerId.isEmpty()) {
            audit.recordRefusal("PIN_RESET_REFUSED", null, phone);
            throw new AccountRuleException("pin.reset.notFound");
        }
        UserAccount learner = accounts.findById(learnerId.get()).orElseThrow();
        String oneTimePin = PinRule.oneTimePin(phone);
        learner.resetPassword(passwordEncoder.encode(oneTimePin));
        audit.recordForCurrentUser("PIN_RESET", learner.getPlaceId(), phone);
        return oneTimePin;
    }

    /**
     * A villager who signed up takes back their consent (Law 91/2025) from their account page. Nothing more is
     * recorded about them: the withdrawal is stored beside the consent, the account is closed (no more sign-ins,
     * lessons or attempts) and the screen signs them out. What was recorded before stays until an erasure request.
     */
    @RolesAllowed(AppRoles.LEARNER)
    @Transactional
    public void withdrawMyConsent() {
        SignedInUser me = currentUser();
        jdbc.sql("""
                insert into account_consent (account_id, given, purpose_version, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?)""")
                .params(me.id(), false, LEARNER_PURPOSE_VERSION,
                        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), me.username())
                .update();
        accounts.findById(me.id()).orElseThrow().disable();
        audit.recordForCurrentUser("CONSENT_WITHDRAWN", me.placeId(), "account " + me.id());
    }

    /**
     * The province admin disables an account (a volunteer who left, a lost phone): it can no longer sign in, and every
     * session it has open ends at once on this server (within a minute on others, see {@link SessionGuard}). The
     * admin cannot disable their own account. Returns how many open sessions were ended here.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public int disableAccount(String username) {
        String caller = securityContexts.getContext().getAuthentication().getName();
        UserAccount account = byUsernameOrPhone(username);
        if (account.getUsername().equals(caller)) {
            throw new AccountRuleException("account.disable.self");
        }
        account.disable();
        audit.recordForCurrentUser("ACCOUNT_DISABLED", account.getPlaceId(), "account " + account.getId());
        return sessions.endSessionsOf(account.getUsername());
    }

    /** The province admin lets a disabled account sign in again. */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public void enableAccount(String username) {
        UserAccount account = byUsernameOrPhone(username);
        account.enable();
        audit.recordForCurrentUser("ACCOUNT_ENABLED", account.getPlaceId(), "account " + account.getId());
    }

    /** By username, or by a phone number written any Vietnamese way, as the sign-in form takes it. */
    private UserAccount byUsernameOrPhone(String username) {
        return accounts.findByUsername(username)
                .or(() -> PhoneNumbers.normalizeMobile(username).flatMap(accounts::findByUsername))
                .orElseThrow(() -> new AccountRuleException("account.disable.notFound"));
    }

    private AccountRuleException phoneTaken(String phone, String address) {
        audit.recordRefusalBy(phone, "SIGN_UP_REFUSED_EXISTS", null, address);
        return new AccountRuleException("signup.phoneTaken");
    }

    private boolean isActiveVillage(long placeId) {
        return jdbc.sql("""
                select count(*) from place p join place_type t on t.code = p.type_code
                where p.id = ? and p.active = true and t.level = 'VILLAGE'""")
                .param(placeId).query(Long.class).single() > 0;
    }

    private static void refuse(String messageKey) {
        throw new AccountRuleException(messageKey);
    }

    private static final int MIN_PASSWORD_LENGTH = 8;
    private static final String READABLE = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** Eight characters without look-alikes (no 0/o, 1/l/i), easy to read out over the phone. */
    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            password.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return password.toString();
    }

    /** After a merge, people whose home was an old commune belong to the new one. */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public int moveHomePlaces(java.util.Collection<Long> fromPlaceIds, long toPlaceId) {
        List<UserAccount> moved = accounts.findByPlaceIdIn(fromPlaceIds);
        moved.forEach(account -> account.moveTo(toPlaceId));
        return moved.size();
    }

    /**
     * A team member moved to another place's team ({@code TeamService.moveMember}): their team-member account, when
     * its home was the place of the team they left, moves to the new team's place, so the new team's roster shows
     * that they have an account and they sign in to that place's worklist. Both places must be in the caller's place.
     * Recorded in the audit trail. Returns whether an account moved.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER})
    @Transactional
    public boolean moveTeamMemberHome(String phoneE164, long fromPlaceId, long toPlaceId) {
        Scope scope = currentUser().scope();
        UserAccount account = accounts.findByUsername(phoneE164)
                .filter(found -> found.getRole() == Role.TEAM_MEMBER && found.getPlaceId() == fromPlaceId)
                .orElse(null);
        if (account == null || fromPlaceId == toPlaceId) {
            return false;
        }
        long inScope = jdbc.sql("select count(*) from place where id in (?, ?) and path like ?")
                .params(fromPlaceId, toPlaceId, scope.pathPrefixPattern()).query(Long.class).single();
        if (inScope < 2) {
            audit.recordOutOfScope("team member account moved from place " + fromPlaceId + " to " + toPlaceId);
            throw new AccountRuleException("account.placeOutsideScope");
        }
        account.moveTo(toPlaceId);
        audit.recordForCurrentUser("ACCOUNT_HOME_MOVED", toPlaceId,
                "account " + account.getUsername() + " from place " + fromPlaceId);
        return true;
    }

    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional(readOnly = true)
    public boolean accountExists(String username) {
        return accounts.existsByUsername(username);
    }

    /**
     * Display names of the team accounts among these, e.g. who made a visit: only accounts whose home place is in the
     * caller's place or above it (their own village's or commune's team, their leaders), never another village's or
     * commune's people. Villagers' (learners') names are never given out by id, and villagers may not ask at all.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        String mine = currentUser().scope().path();
        record Named(long id, String name, String path) {
        }
        return jdbc.sql("""
                select u.id, u.full_name, p.path from user_account u join place p on p.id = u.place_id
                where u.id in (:ids) and u.role <> 'LEARNER'""")
                .param("ids", java.util.Set.copyOf(accountIds))
                .query((rs, row) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3))).list().stream()
                .filter(named -> withinOrAbove(named.path(), mine))
                .collect(java.util.stream.Collectors.toMap(Named::id, Named::name));
    }

    private Optional<SignedInUser> findSignedIn(String username) {
        return jdbc.sql("""
                select u.id, u.username, u.full_name, u.role, u.place_id, p.name, t.name_vi, t.name_en, p.path,
                       u.locale
                from user_account u join place p on p.id = u.place_id join place_type t on t.code = p.type_code
                where u.username = :username""")
                .param("username", username)
                .query((rs, row) -> new SignedInUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10) == null ? null : Locale.of(rs.getString(10))))
                .optional();
    }
}
