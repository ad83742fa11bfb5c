package vn.langso.report;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.langso.household.VisitActivity;
import vn.langso.learning.Topic;
import vn.langso.security.AccountService;
import vn.langso.security.AppRoles;
import vn.langso.security.AuditTrail;
import vn.langso.security.SignedInUser;

/**
 * The dashboard as files a commune sends upward: a workbook, a printable PDF, and the raw visits and completions as
 * CSV. Each export first asks {@link DashboardService#dashboard} for the same query, so it covers exactly the place
 * and months the caller may see on screen (another place is refused as not found, before anything is written), and
 * each is recorded in the audit trail as {@code REPORT_EXPORTED} with its place and kind.
 */
@Service
public class ReportExportService {

    static final String EXPORTED = "REPORT_EXPORTED";

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
        Dashboard dashboard = dashboards.dashboard(query);
        byte[] workbook = DashboardWorkbook.render(dashboard, new ReportTexts(translations, locale), madeBy());
        exported(dashboard, "XLSX");
        return workbook;
    }

    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public byte[] pdf(DashboardQuery query, Locale locale) {
        Dashboard dashboard = dashboards.dashboard(query);
        byte[] report = DashboardPdf.render(dashboard, new ReportTexts(translations, locale), madeBy());
        exported(dashboard, "PDF");
        return report;
    }

    /** How many rows {@link #writeVisitsCsv} will write, so a screen can show progress. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public long countVisits(DashboardQuery query) {
        Dashboard scope = dashboards.dashboard(query);
        return records.countVisits(scope.place().path(), firstDay(scope), lastDay(scope));
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
        Dashboard scope = dashboards.dashboard(query);
        ReportTexts texts = userTexts();
        exported(scope, "VISITS_CSV");
        RecordsCsv csv = new RecordsCsv(out, progress, texts.get("export.csv.visit.visitedOn"),
                texts.get("export.csv.visit.village"), texts.get("export.csv.visit.commune"),
                texts.get("export.csv.visit.member"), texts.get("export.csv.visit.activities"),
                texts.get("export.csv.visit.household"));
        records.visits(scope.place().path(), firstDay(scope), lastDay(scope), visit -> csv.print(
                texts.day(visit.visitedOn()), visit.village(), visit.commune(), visit.member(),
                activities(visit.activities(), texts), visit.householdId()));
        return csv.finish();
    }

    /** How many rows {@link #writeCompletionsCsv} will write. */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public long countCompletions(DashboardQuery query) {
        Dashboard scope = dashboards.dashboard(query);
        return records.countCompletions(scope.place().path(), firstDay(scope), lastDay(scope));
    }

    /**
     * The lessons completed in the place's subtree and months (days in Vietnam), oldest first: day, place, commune,
     * lesson, topic, SELF or ASSISTED, best score, attempts and the lesson version that counted. Data minimisation:
     * no learner's name, phone or household. Streamed like {@link #writeVisitsCsv}.
     */
    @RolesAllowed({AppRoles.PROVINCE_ADMIN, AppRoles.COMMUNE_LEADER, AppRoles.TEAM_MEMBER})
    public long writeCompletionsCsv(DashboardQuery query, OutputStream out, LongConsumer progress) {
        Dashboard scope = dashboards.dashboard(query);
        ReportTexts texts = userTexts();
        exported(scope, "COMPLETIONS_CSV");
        RecordsCsv csv = new RecordsCsv(out, progress, texts.get("export.csv.completion.completedOn"),
                texts.get("export.csv.completion.place"), texts.get("export.csv.completion.commune"),
                texts.get("export.csv.completion.lesson"), texts.get("export.csv.completion.topic"),
                texts.get("export.csv.completion.mode"), texts.get("export.csv.completion.score"),
                texts.get("export.csv.completion.attempts"), texts.get("export.csv.completion.version"));
        records.completions(scope.place().path(), firstDay(scope), lastDay(scope), completion -> csv.print(
                texts.day(completion.completedAt().atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(FigureLedger.VIETNAM).toLocalDate()),
                completion.place(), completion.commune(), completion.lesson(),
                texts.topic(Topic.valueOf(completion.topic())), completion.mode(), completion.score(),
                completion.attempts(), completion.version()));
        return csv.finish();
    }

    private void exported(Dashboard dashboard, String kind) {
        audit.recordForCurrentUser(EXPORTED, dashboard.place().id(),
                kind + " " + ReportTexts.period(dashboard.from(), dashboard.to()));
    }

    private String madeBy() {
        return accounts.currentUser().fullName();
    }

    private ReportTexts userTexts() {
        SignedInUser user = accounts.currentUser();
        return new ReportTexts(translations, user.locale());
    }

    private static LocalDate firstDay(Dashboard dashboard) {
        return dashboard.from().atDay(1);
    }

    private static LocalDate lastDay(Dashboard dashboard) {
        return dashboard.to().atEndOfMonth();
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
