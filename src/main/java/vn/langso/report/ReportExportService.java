package vn.langso.report;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.langso.household.VisitActivity;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.AuditTrail;

/**
 * The dashboard as files a commune sends upward: a workbook, a printable PDF, and the raw visits and completions as
 * CSV. Each export first asks {@link DashboardService#dashboard} for the same query, so it covers exactly the place
 * and months the caller may see on screen (another place is refused as not found, before anything is written), and
 * each is recorded in the audit trail as {@code REPORT_EXPORTED} with its place and kind.
 */
@Service
public class ReportExportService {

    static final String EXPORTED = "REPORT_EXPORTED";
    private static final String[] VISIT_COLUMNS = {"visitedOn", "village", "commune", "member", "activities",
        "household"};
    private static final String[] COMPLETION_COLUMNS = {"completedOn", "place", "commune", "lesson", "topic", "mode",
        "score", "attempts", "version"};

    private final DashboardService dashboards;
    private final RawRecords records;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final I18NProvider translations;

    ReportExportService(DashboardService dashboards, RawRecords records, AccountService accounts, AuditTrail audit,
            I18NProvider translations) {
        this.dashboards = dashboards;
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.translations = translations;
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public byte[] xlsx(DashboardQuery query, Locale locale) {
        return file(query, locale, "XLSX", DashboardWorkbook::render);
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public byte[] pdf(DashboardQuery query, Locale locale) {
        return file(query, locale, "PDF", DashboardPdf::render);
    }

    /** How many rows {@link #writeVisitsCsv} will write, so a screen can show progress. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public long countVisits(DashboardQuery query) {
        return records.countVisits(dashboards.scope(query));
    }

    /**
     * The visits in the place's subtree and months, oldest first: day, village, commune, the member who visited,
     * what they did and the household's id. Data minimisation: no household head's name, phone or address, and no
     * notes or locations; whoever needs a household looks it up by id inside the app, where access is checked.
     * Rows are streamed from the database to {@code out} (a province has millions); {@code progress} hears the rows
     * written so far every thousand rows and at the end, and may throw to stop the export. Headers are in the
     * signed-in user's language. Returns the number of rows.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public long writeVisitsCsv(DashboardQuery query, OutputStream out, LongConsumer progress) {
        return writeCsv(query, "VISITS_CSV", out, progress, "export.csv.visit.", VISIT_COLUMNS,
                (scope, texts, csv) -> records.visits(scope, visit -> csv.print(texts.day(visit.visitedOn()),
                        visit.village(), visit.commune(), visit.member(), activities(visit.activities(), texts),
                        visit.householdId())));
    }

    /** How many rows {@link #writeCompletionsCsv} will write. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public long countCompletions(DashboardQuery query) {
        return records.countCompletions(dashboards.scope(query));
    }

    /**
     * The lessons completed in the place's subtree and months (days in Vietnam), oldest first: day, place, commune,
     * lesson, topic, SELF or ASSISTED, best score, attempts and the lesson version that counted. Data minimisation:
     * no learner's name, phone or household. Streamed like {@link #writeVisitsCsv}.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public long writeCompletionsCsv(DashboardQuery query, OutputStream out, LongConsumer progress) {
        return writeCsv(query, "COMPLETIONS_CSV", out, progress, "export.csv.completion.", COMPLETION_COLUMNS,
                (scope, texts, csv) -> records.completions(scope, completion -> csv.print(
                        texts.day(completion.completedOn()), completion.place(), completion.commune(),
                        completion.lesson(), texts.topic(completion.topic()), completion.mode(),
                        completion.score(), completion.attempts(), completion.version())));
    }

    private interface Renderer {
        byte[] render(Dashboard dashboard, ReportTexts texts, String madeBy);
    }

    private byte[] file(DashboardQuery query, Locale locale, String kind, Renderer renderer) {
        Dashboard dashboard = dashboards.dashboard(query);
        byte[] file = renderer.render(dashboard, new ReportTexts(translations, locale),
                accounts.currentUser().fullName());
        exported(dashboard.place().id(), dashboard.from(), dashboard.to(), kind);
        return file;
    }

    private interface Rows {
        void write(DashboardScope scope, ReportTexts texts, RecordsCsv csv);
    }

    private long writeCsv(DashboardQuery query, String kind, OutputStream out, LongConsumer progress,
            String headerKey, String[] columns, Rows rows) {
        DashboardScope scope = dashboards.scope(query);
        ReportTexts texts = new ReportTexts(translations, accounts.currentUser().locale());
        exported(scope.place().id(), scope.from(), scope.to(), kind);
        RecordsCsv csv = new RecordsCsv(out, progress,
                Arrays.stream(columns).map(column -> texts.get(headerKey + column)).toArray(String[]::new));
        rows.write(scope, texts, csv);
        return csv.finish();
    }

    private void exported(long placeId, YearMonth from, YearMonth to, String kind) {
        audit.recordForCurrentUser(EXPORTED, placeId, kind + " " + ReportTexts.period(from, to));
    }

    /** "VNEID,QR_PAYMENT" as the register's short words: "VNeID; Trả bằng mã QR". */
    private static String activities(String stored, ReportTexts texts) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        return Arrays.stream(stored.split(",")).map(VisitActivity::valueOf)
                .map(activity -> texts.get("householdRegister.activity." + activity.name()))
                .collect(Collectors.joining("; "));
    }
}
