package vn.langso.privacy;

import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.langso.common.PhoneNumbers;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.AuditTrail;
import vn.langso.security.SignedInUser;

/**
 * Requests from a person about their own data (Law 91/2025, Decree 356/2025), handled by the province
 * administrator: logged with a deadline, then answered with a file of everything held (access) or done by
 * anonymising (erasure). Erasure blanks what identifies the person and keeps what the reports count (the household
 * row, its visits and readiness answers, the completions), so every figure stays as it was. The audit log is the
 * exception: it cannot be changed by anyone, and it is kept as the record of who did what.
 */
@Service
@EnableConfigurationProperties(DataRequestDeadlines.class)
public class PersonalDataService {

    static final String ERASED = "-";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final DataRequestDeadlines deadlines;
    private final PasswordEncoder passwords;
    private final JsonMapper json;
    private final Clock clock;

    PersonalDataService(JdbcClient jdbc, AccountService accounts, AuditTrail audit, DataRequestDeadlines deadlines,
            PasswordEncoder passwords, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.deadlines = deadlines;
        this.passwords = passwords;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Logs a request that came in (on paper, by phone, at the commune office) with its deadline. {@code reference}
     * is the household's number on the register or the learner's phone number.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public DataRequest open(DataRequestKind kind, DataSubject subject, String reference) {
        Subject found = find(subject, reference)
                .orElseThrow(() -> refused("privacy.notFound", "data request about " + subject));
        Instant now = clock.instant();
        Instant due = now.plus(deadlines.of(kind));
        String me = accounts.currentUser().username();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into data_request (kind, subject_type, subject_id, place_id, received_at, received_by, due_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), subject.name(), found.id(), found.placeId(), utc(now), me, utc(due))
                .update(key);
        long id = key.getKey().longValue();
        audit.recordForCurrentUser("DATA_REQUEST_OPENED", found.placeId(), kind + " request " + id);
        return request(id);
    }

    /** Requests not done yet in the administrator's province, the one due first on top. */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional(readOnly = true)
    public List<DataRequest> openRequests() {
        return jdbc.sql(SELECT_REQUEST + " where r.done_at is null and p.path like ? order by r.due_at, r.id")
                .param(accounts.currentUser().scope().pathPrefixPattern())
                .query(PersonalDataService::request).list();
    }

    /** Everything held about the person of an access request, as a JSON file; the request is then done. */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public byte[] export(long requestId) {
        DataRequest request = inScope(requestId);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("request", Map.of("id", request.id(), "kind", request.kind().name(),
                "receivedAt", request.receivedAt().toString(), "exportedAt", clock.instant().toString()));
        if (request.subject() == DataSubject.HOUSEHOLD) {
            long household = request.subjectId();
            String learners = "h:" + household + ":%";
            file.put("household", rows("select * from household where id = ?", household));
            file.put("householdHistory", rows("select * from household_aud where id = ? order by rev", household));
            file.put("consents", rows("select * from household_consent where household_id = ? order by id", household));
            file.put("visits", rows("select * from visit where household_id = ? order by visited_at", household));
            file.put("readinessProfiles", rows("select * from household_profile where household_id = ? order by id",
                    household));
            file.put("attempts", rows("select * from lesson_attempt where household_id = ? order by id", household));
            file.put("completions", rows("select * from lesson_completion where household_id = ? order by id",
                    household));
            file.put("certificates", rows("select * from certificate where learner_key like ? order by id", learners));
            file.put("auditEntries", rows("""
                    select * from audit_event where detail = ? or detail in
                      (select concat('visit ', id) from visit where household_id = ?) order by id""",
                    "household " + household, household));
        } else {
            long account = request.subjectId();
            String phone = jdbc.sql("select username from user_account where id = ?").param(account)
                    .query(String.class).single();
            file.put("account", rows("""
                    select id, username, full_name, role, place_id, locale, enabled, created_at
                    from user_account where id = ?""", account));
            file.put("consents", rows("select * from account_consent where account_id = ? order by id", account));
            file.put("attempts", rows("select * from lesson_attempt where learner_id = ? order by id", account));
            file.put("completions", rows("select * from lesson_completion where learner_id = ? order by id", account));
            file.put("certificates", rows("select * from certificate where learner_key = ? order by id", "u:" + account));
            file.put("auditEntries", rows("""
                    select * from audit_event where actor = ? or detail = ? or detail = ? order by id""",
                    phone, phone, "account " + account));
        }
        file.put("requests", rows("""
                select id, kind, received_at, received_by, due_at, done_at, done_by from data_request
                where subject_type = ? and subject_id = ? order by id""", request.subject().name(), request.subjectId()));
        done(request);
        audit.recordForCurrentUser("PERSONAL_DATA_EXPORTED", request.placeId(), request.subject() + " request "
                + request.id());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    }

    /**
     * Erases the person of an erasure request by anonymising: names, phone, address, notes, GPS and learner keys made
     * of names go, in the change history too; the rows the reports count stay. A household is also marked as having
     * withdrawn its consent, so it leaves the worklists and is never visited again; a learner's account is closed.
     */
    @RolesAllowed(AppRoles.PROVINCE_ADMIN)
    @Transactional
    public void erase(long requestId) {
        DataRequest request = inScope(requestId);
        if (request.kind() != DataRequestKind.ERASURE) {
            throw new PersonalDataRuleException("privacy.notAnErasure");
        }
        if (request.subject() == DataSubject.HOUSEHOLD) {
            eraseHousehold(request.subjectId());
        } else {
            eraseLearner(request.subjectId());
        }
        done(request);
        audit.recordForCurrentUser("PERSONAL_DATA_ERASED", request.placeId(), request.subject() + " request "
                + request.id());
    }

    private void eraseHousehold(long household) {
        jdbc.sql("""
                update household set head_name = null, search_name = null, address = null, phone = null,
                  consent = 'WITHDRAWN', version = version + 1 where id = ?""").param(household).update();
        jdbc.sql("update household_aud set head_name = null, search_name = null, address = null, phone = null where id = ?")
                .param(household).update();
        for (String table : List.of("visit", "visit_aud")) {
            jdbc.sql("update " + table + " set note = null, latitude = null, longitude = null, accuracy_m = null"
                    + " where household_id = ?").param(household).update();
        }
        // People who learned with the household's help are known by a key made of their name: each gets a number.
        List<String> keys = jdbc.sql("""
                select learner_key from lesson_attempt where household_id = ? union
                select learner_key from lesson_completion where household_id = ? union
                select learner_key from certificate where learner_key like ?""")
                .params(household, household, "h:" + household + ":%").query(String.class).list();
        int n = 0;
        for (String key : keys.stream().sorted().toList()) {
            String anonymous = "h:" + household + ":#" + (++n);
            for (String table : List.of("lesson_attempt", "lesson_completion")) {
                jdbc.sql("update " + table + " set learner_key = ?, person_name = null where learner_key = ?")
                        .params(anonymous, key).update();
            }
            jdbc.sql("update certificate set learner_key = ?, learner_name = ? where learner_key = ?")
                    .params(anonymous, ERASED, key).update();
        }
    }

    private void eraseLearner(long account) {
        String erasedName = "erased-" + account;
        String phone = jdbc.sql("select username from user_account where id = ?").param(account)
                .query(String.class).single();
        jdbc.sql("""
                update user_account set username = ?, full_name = ?, password_hash = ?, enabled = false, locale = null,
                  version = version + 1 where id = ?""")
                .params(erasedName, ERASED, passwords.encode(UUID.randomUUID().toString()), account).update();
        jdbc.sql("update account_consent set recorded_by = ? where account_id = ? and recorded_by = ?")
                .params(erasedName, account, phone).update();
        jdbc.sql("update certificate set learner_name = ? where learner_key = ?").params(ERASED, "u:" + account)
                .update();
    }

    private record Subject(long id, long placeId) {
    }

    private Optional<Subject> find(DataSubject subject, String reference) {
        String pattern = accounts.currentUser().scope().pathPrefixPattern();
        if (subject == DataSubject.HOUSEHOLD) {
            Long number = reference == null || !reference.strip().matches("\\d{1,18}") ? null
                    : Long.valueOf(reference.strip());
            return number == null ? Optional.empty() : jdbc.sql("""
                    select h.id, h.village_id from household h join place p on p.id = h.village_id
                    where h.id = ? and p.path like ?""").params(number, pattern)
                    .query((rs, row) -> new Subject(rs.getLong(1), rs.getLong(2))).optional();
        }
        return PhoneNumbers.normalizeMobile(reference).flatMap(phone -> jdbc.sql("""
                select u.id, u.place_id from user_account u join place p on p.id = u.place_id
                where u.username = ? and u.role = 'LEARNER' and p.path like ?""").params(phone, pattern)
                .query((rs, row) -> new Subject(rs.getLong(1), rs.getLong(2))).optional());
    }

    private static final String SELECT_REQUEST = """
            select r.id, r.kind, r.subject_type, r.subject_id, r.place_id, r.received_at, r.due_at, r.done_at, r.done_by,
              (select u.username from user_account u where r.subject_type = 'LEARNER' and u.id = r.subject_id) label
            from data_request r join place p on p.id = r.place_id""";

    private static DataRequest request(ResultSet rs, int row) throws SQLException {
        return new DataRequest(rs.getLong("id"), DataRequestKind.valueOf(rs.getString("kind")),
                DataSubject.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"),
                rs.getString("label") == null ? String.valueOf(rs.getLong("subject_id")) : rs.getString("label"),
                rs.getLong("place_id"),
                instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "done_at"), rs.getString("done_by"));
    }

    private DataRequest request(long id) {
        return jdbc.sql(SELECT_REQUEST + " where r.id = ?").param(id).query(PersonalDataService::request).single();
    }

    private DataRequest inScope(long requestId) {
        SignedInUser me = accounts.currentUser();
        return jdbc.sql(SELECT_REQUEST + " where r.id = ? and p.path like ?")
                .params(requestId, me.scope().pathPrefixPattern()).query(PersonalDataService::request).optional()
                .filter(found -> found.doneAt() == null)
                .orElseThrow(() -> refused("privacy.requestNotFound", "data request " + requestId));
    }

    private PersonalDataRuleException refused(String messageKey, String detail) {
        audit.recordRefusal("PERSONAL_DATA_REFUSED", null, detail);
        return new PersonalDataRuleException(messageKey);
    }

    private void done(DataRequest request) {
        jdbc.sql("update data_request set done_at = ?, done_by = ? where id = ?")
                .params(utc(clock.instant()), accounts.currentUser().username(), request.id()).update();
    }

    /** Every column of the rows, as JSON-friendly values (times in UTC with a Z). */
    private List<Map<String, Object>> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query((rs, row) -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                if (value instanceof java.sql.Timestamp || value instanceof LocalDateTime) {
                    value = rs.getObject(i, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString();
                } else if (value instanceof java.sql.Date date) {
                    value = date.toLocalDate().toString();
                } else if (value != null && !(value instanceof Number || value instanceof Boolean)) {
                    value = value.toString();
                }
                values.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value);
            }
            return values;
        }).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Object utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
