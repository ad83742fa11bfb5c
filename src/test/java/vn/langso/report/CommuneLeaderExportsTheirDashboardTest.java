package vn.langso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import vn.langso.learning.AttemptSubmission;
import vn.langso.learning.LessonContent;
import vn.langso.learning.LessonService;
import vn.langso.learning.LessonToTake;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.support.AsUser;
import vn.langso.support.DemoUsers;

/**
 * A commune leader exports their commune's dashboard as a workbook, a printable PDF and the raw visits and
 * completions: the files say what the screen says, cover only their commune, and each export is in the audit trail.
 */
@SpringBootTest
@ActiveProfiles("test")
class CommuneLeaderExportsTheirDashboardTest {

    private static final Locale VIETNAMESE = Locale.of("vi");
    private static final DashboardQuery THEIR_COMMUNE = new DashboardQuery(null, null, null);

    @Autowired
    ReportExportService exports;

    @Autowired
    DashboardService dashboards;

    @Autowired
    LessonService lessons;

    @Autowired
    I18NProvider translations;

    @Autowired
    JdbcClient jdbc;

    private String communePath;
    private long otherCommune;

    @BeforeEach
    void findTheirCommuneAndAnother() {
        communePath = jdbc.sql("select p.path from place p join user_account u on u.place_id = p.id where u.username = ?")
                .param(DemoUsers.COMMUNE_LEADER).query(String.class).single();
        otherCommune = jdbc.sql("""
                select p.id from place p where p.type_code = 'COMMUNE' and p.active = true and p.path <> ?
                order by p.id limit 1""").param(communePath).query(Long.class).single();
    }

    @Test
    void theWorkbookSaysWhatTheDashboardSays() throws IOException {
        Dashboard dashboard = asLeader(() -> dashboards.dashboard(THEIR_COMMUNE));
        byte[] file = asLeader(() -> exports.xlsx(THEIR_COMMUNE, VIETNAMESE));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Tổng hợp", "Theo thôn", "Theo tháng", "Chủ đề bài học", "Hoạt động tổ");

            Sheet summary = workbook.getSheet("Tổng hợp");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo(dashboard.place().label(VIETNAMESE));
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            for (Indicator indicator : Indicator.values()) {
                Row row = rowStartingWith(summary, text("report.indicator." + indicator.name()));
                Figure figure = dashboard.total().figure(indicator);
                assertThat(row.getCell(1).getNumericCellValue()).as("%s", indicator).isEqualTo(figure.numerator());
                assertThat(row.getCell(2).getNumericCellValue()).as("%s", indicator).isEqualTo(figure.denominator());
                if (figure.denominator() > 0) {
                    assertThat(row.getCell(3).getNumericCellValue() * 100).isCloseTo(figure.percent(),
                            org.assertj.core.data.Offset.offset(1e-9));
                    assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                }
            }
            assertThat(rowStartingWith(summary, "Lượt thăm").getCell(1).getNumericCellValue())
                    .isEqualTo(dashboard.total().visits());
            Row header = rowStartingWith(summary, "Chỉ số");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            Sheet villages = workbook.getSheet("Theo thôn");
            assertThat(villages.getLastRowNum() - 1).isEqualTo(dashboard.parts().size());
            assertThat(villages.getRow(2).getCell(0).getStringCellValue()).isEqualTo(dashboard.parts().get(0).name());
            assertThat(workbook.getSheet("Theo tháng").getLastRowNum()).isEqualTo(dashboard.trend().size());
        }
    }

    @Test
    void thePdfIsAPrintableReportOfTheirCommune() throws IOException {
        Dashboard dashboard = asLeader(() -> dashboards.dashboard(THEIR_COMMUNE));
        byte[] pdf = asLeader(() -> exports.pdf(THEIR_COMMUNE, VIETNAMESE));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text).contains("BÁO CÁO CHUYỂN ĐỔI SỐ CỘNG ĐỒNG", dashboard.place().label(VIETNAMESE),
                ReportTexts.period(dashboard.from(), dashboard.to()), dashboard.parts().get(0).name(),
                "Trang 1/" + reader.getNumberOfPages());
    }

    @Test
    void theVisitsCsvHasOneRowPerVisitInTheirCommune() {
        long visits = jdbc.sql("""
                select count(*) from visit v join place p on p.id = v.village_id
                where p.path like ? and v.visited_on >= ?""")
                .params(communePath + "%", asLeader(dashboards::thisMonth).minusMonths(11).atDay(1)).query(Long.class).single();
        assertThat(visits).isPositive();
        List<Long> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = asLeader(() -> exports.writeVisitsCsv(THEIR_COMMUNE, out, progress::add));

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNgày thăm,Thôn,Xã,Người thăm,Việc đã làm,Mã hộ\r\n");
        assertThat(csv.lines().count()).isEqualTo(1 + visits);
        assertThat(rows).isEqualTo(visits).isEqualTo(asLeader(() -> exports.countVisits(THEIR_COMMUNE)))
                .isEqualTo(asLeader(() -> dashboards.dashboard(THEIR_COMMUNE)).total().visits());
        assertThat(progress).last().isEqualTo(visits);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).matches("\\d{2}/\\d{2}/\\d{4},.+,.+,.+,.+,\\d+");
        assertThat(csv).doesNotContain("+84");
    }

    @Test
    void theCompletionsCsvHasOneRowPerLessonCompletedInTheirCommune() {
        AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> {
            LessonToTake lesson = lessons.lesson("set-screen-lock");
            return lessons.submit(new AttemptSubmission(UUID.randomUUID().toString(), lesson.versionId(),
                    lesson.content().questions().stream().map(LessonContent.Question::correctChoice).toList()));
        });
        java.time.LocalDateTime periodStart = asLeader(dashboards::thisMonth).minusMonths(11).atDay(1)
                .atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
        long completions = jdbc.sql("""
                select count(*) from lesson_completion c join place p on p.id = c.place_id
                where p.path like ? and c.completed_at >= ?""")
                .params(communePath + "%", periodStart).query(Long.class).single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = asLeader(() -> exports.writeCompletionsCsv(THEIR_COMMUNE, out, written -> { }));

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(completions).isPositive();
        assertThat(csv.lines().count()).isEqualTo(1 + completions);
        assertThat(csv).contains(",set-screen-lock,Dùng mạng an toàn,SELF,100,");
    }

    @Test
    void anotherCommuneIsRefusedAsNotFoundAndNothingIsWritten() {
        long exportsBefore = exportsRecorded();
        DashboardQuery another = new DashboardQuery(otherCommune, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> asLeader(() -> exports.xlsx(another, VIETNAMESE)))
                .isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> asLeader(() -> exports.pdf(another, VIETNAMESE)))
                .isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> asLeader(() -> exports.writeVisitsCsv(another, out, rows -> { })))
                .isInstanceOf(PlaceNotFoundException.class);
        assertThatThrownBy(() -> asLeader(() -> exports.countCompletions(another)))
                .isInstanceOf(PlaceNotFoundException.class);

        assertThat(out.size()).isZero();
        assertThat(exportsRecorded()).isEqualTo(exportsBefore);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REFUSED_OUT_OF_SCOPE' and actor = ?")
                .param(DemoUsers.COMMUNE_LEADER).query(Long.class).single()).isPositive();
    }

    @Test
    void aLearnerCannotExport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AsUser.as(DemoUsers.LEARNER, "LEARNER", () -> {
            assertThatThrownBy(() -> exports.xlsx(THEIR_COMMUNE, VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.pdf(THEIR_COMMUNE, VIETNAMESE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> exports.writeVisitsCsv(THEIR_COMMUNE, out, rows -> { }))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(out.size()).isZero();
    }

    @Test
    void everyExportIsInTheAuditTrailWithItsPlaceAndKind() {
        long commune = asLeader(() -> dashboards.dashboard(THEIR_COMMUNE)).place().id();
        asLeader(() -> exports.xlsx(THEIR_COMMUNE, VIETNAMESE));
        asLeader(() -> exports.pdf(THEIR_COMMUNE, Locale.ENGLISH));
        asLeader(() -> exports.writeVisitsCsv(THEIR_COMMUNE, new ByteArrayOutputStream(), rows -> { }));
        asLeader(() -> exports.writeCompletionsCsv(THEIR_COMMUNE, new ByteArrayOutputStream(), rows -> { }));

        List<String> details = jdbc.sql("""
                select detail from audit_event where action = 'REPORT_EXPORTED' and actor = ? and place_id = ?
                order by id desc limit 4""").params(DemoUsers.COMMUNE_LEADER, commune).query(String.class).list();
        assertThat(details).map(detail -> detail.split(" ")[0])
                .containsExactly("COMPLETIONS_CSV", "VISITS_CSV", "PDF", "XLSX");
        assertThat(details.getFirst()).endsWith(asLeader(dashboards::thisMonth).format(ReportTexts.MONTH));
    }

    private long exportsRecorded() {
        return jdbc.sql("select count(*) from audit_event where action = 'REPORT_EXPORTED'").query(Long.class).single();
    }

    private String text(String key) {
        return translations.getTranslation(key, VIETNAMESE);
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row starts with " + text);
    }

    private static <T> T asLeader(java.util.function.Supplier<T> work) {
        return AsUser.as(DemoUsers.COMMUNE_LEADER, "COMMUNE_LEADER", work);
    }
}
