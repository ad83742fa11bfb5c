package vn.langso.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.langso.place.PlaceLevel;

/**
 * A dashboard as an Excel workbook: the summary with targets, the villages (or the communes ranked), the months,
 * the topics and the teams' activity. Numbers are numbers and shares are percent cells, so a province can sum and
 * chart them; every sheet's header row is bold and stays in view.
 */
final class DashboardWorkbook {

    /** The indicator the province's communes are ranked on, in the workbook and the PDF alike. */
    static final Indicator RANKED_ON = Indicator.REACHED;

    private DashboardWorkbook() {
    }

    static byte[] render(Dashboard dashboard, ReportTexts texts, String madeBy) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            summary(sheet(workbook, texts.get("export.sheet.summary")), dashboard, texts, madeBy, styles);
            if (!dashboard.parts().isEmpty()) {
                boolean ranking = dashboard.place().level() == PlaceLevel.PROVINCE;
                parts(sheet(workbook, texts.get(ranking ? "export.sheet.ranking" : "export.sheet.villages")),
                        dashboard, ranking, texts, styles);
            }
            trend(sheet(workbook, texts.get("export.sheet.trend")), dashboard, texts, styles);
            topics(sheet(workbook, texts.get("export.sheet.topics")), dashboard, texts, styles);
            if (!dashboard.teams().isEmpty()) {
                teams(sheet(workbook, texts.get("export.sheet.teams")), dashboard, texts, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(Workbook workbook, String name) {
        return workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    }

    private static void summary(Sheet sheet, Dashboard dashboard, ReportTexts texts, String madeBy, Styles styles) {
        new Line(sheet.createRow(0), styles).text(texts.get("export.title"), styles.title);
        new Line(sheet.createRow(1), styles).text(texts.get("export.place"), styles.label)
                .text(dashboard.place().label(texts.locale()));
        new Line(sheet.createRow(2), styles).text(texts.get("export.period"), styles.label)
                .text(ReportTexts.period(dashboard.from(), dashboard.to()));
        new Line(sheet.createRow(3), styles).text(texts.get("export.madeOn"), styles.label).day(dashboard.today());
        new Line(sheet.createRow(4), styles).text(texts.get("export.madeBy"), styles.label).text(madeBy);
        int header = 6;
        headers(sheet.createRow(header), styles, texts.get("export.col.indicator"), texts.get("export.col.numerator"),
                texts.get("export.col.denominator"), texts.get("export.col.percent"), texts.get("export.col.target"),
                texts.get("export.col.dueOn"), texts.get("export.col.status"));
        int index = header + 1;
        PlaceFigures total = dashboard.total();
        for (Indicator indicator : Indicator.values()) {
            Figure figure = total.figure(indicator);
            Line line = new Line(sheet.createRow(index++), styles).text(texts.indicator(indicator))
                    .count(figure.numerator()).count(figure.denominator()).share(figure);
            IndicatorTarget target = dashboard.targets().get(indicator);
            if (target != null) {
                line.targetPercent(target.percent()).day(target.dueOn()).text(texts.status(target.statusOf(figure)));
            }
        }
        index++;
        index = figure(sheet, index, texts.get("export.col.visits"), total.visits(), styles);
        index = figure(sheet, index, texts.get("export.col.completions"), total.completions(), styles);
        index = figure(sheet, index, texts.get("export.col.newLearners"), total.newLearners(), styles);
        index = figure(sheet, index, texts.get("export.col.members"), total.members(), styles);
        index = figure(sheet, index, texts.get("export.col.inactiveMembers"), total.inactiveMembers(), styles);
        index = figure(sheet, index, texts.get("export.col.teams"), total.teams(), styles);
        index = figure(sheet, index, texts.get("export.col.inactiveTeams"), total.inactiveTeams(), styles);
        Line withoutTeam = new Line(sheet.createRow(index), styles)
                .text(texts.get("export.col.villagesWithoutTeam")).count(total.villagesWithoutTeam());
        if (!dashboard.villagesWithoutTeam().isEmpty()) {
            withoutTeam.text(String.join(", ", dashboard.villagesWithoutTeam()));
        }
        sheet.createFreezePane(0, header + 1);
        widths(sheet, 44, 14, 14, 12, 12, 14, 18);
    }

    private static int figure(Sheet sheet, int index, String label, long value, Styles styles) {
        new Line(sheet.createRow(index), styles).text(label).count(value);
        return index + 1;
    }

    private static void parts(Sheet sheet, Dashboard dashboard, boolean ranking, ReportTexts texts, Styles styles) {
        Row groups = sheet.createRow(0);
        Row names = sheet.createRow(1);
        List<String> single = new ArrayList<>();
        if (ranking) {
            single.add(texts.get("export.col.rank", texts.indicator(RANKED_ON)));
        }
        single.add(texts.get(ranking ? "export.col.commune" : "export.col.village"));
        int column = 0;
        for (String name : single) {
            column = spanning(sheet, groups, names, column, 1, name, styles);
        }
        int firstFigure = column;
        for (Indicator indicator : Indicator.values()) {
            new Line(names, styles).at(column).header(texts.get("export.col.numerator"))
                    .header(texts.get("export.col.denominator")).header(texts.get("export.col.percent"));
            column = spanning(sheet, groups, null, column, 3, texts.indicator(indicator), styles);
        }
        for (String key : new String[] {"export.col.visits", "export.col.completions", "export.col.newLearners",
                "export.col.members", "export.col.inactiveMembers", "export.col.teams", "export.col.inactiveTeams",
                "export.col.villagesWithoutTeam"}) {
            column = spanning(sheet, groups, names, column, 1, texts.get(key), styles);
        }
        List<PlaceFigures> parts = ranking ? dashboard.ranked(RANKED_ON) : dashboard.parts();
        for (int i = 0; i < parts.size(); i++) {
            PlaceFigures part = parts.get(i);
            Line line = new Line(sheet.createRow(2 + i), styles);
            if (ranking) {
                if (part.figure(RANKED_ON).percent() == null) {
                    line.blank();
                } else {
                    line.count(i + 1);
                }
            }
            line.text(part.name());
            for (Indicator indicator : Indicator.values()) {
                Figure figure = part.figure(indicator);
                line.count(figure.numerator()).count(figure.denominator()).share(figure);
            }
            line.count(part.visits()).count(part.completions()).count(part.newLearners()).count(part.members())
                    .count(part.inactiveMembers()).count(part.teams()).count(part.inactiveTeams())
                    .count(part.villagesWithoutTeam());
        }
        sheet.createFreezePane(firstFigure, 2);
        for (int i = 0; i < column; i++) {
            sheet.setColumnWidth(i, (i < firstFigure ? (i == firstFigure - 1 ? 28 : 14) : 12) * 256);
        }
        groups.setHeightInPoints(48);
        names.setHeightInPoints(32);
    }

    /** A header over {@code width} columns of the first row; with {@code under}, it spans both header rows. */
    private static int spanning(Sheet sheet, Row top, Row under, int column, int width, String text, Styles styles) {
        new Line(top, styles).at(column).header(text);
        for (int extra = 1; extra < width; extra++) {
            top.createCell(column + extra).setCellStyle(styles.header);
        }
        if (under != null) {
            under.createCell(column).setCellStyle(styles.header);
        }
        int lastRow = under == null ? top.getRowNum() : under.getRowNum();
        if (width > 1 || lastRow > top.getRowNum()) {
            sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), lastRow, column, column + width - 1));
        }
        return column + width;
    }

    private static void trend(Sheet sheet, Dashboard dashboard, ReportTexts texts, Styles styles) {
        List<Indicator> monthly = Arrays.stream(Indicator.values()).filter(Indicator::isMonthly).toList();
        Line header = new Line(sheet.createRow(0), styles).header(texts.get("export.col.month"));
        monthly.forEach(indicator -> header.header(texts.indicator(indicator)));
        header.header(texts.get("export.col.visits")).header(texts.get("export.col.completions"));
        int index = 1;
        for (MonthFigures month : dashboard.trend()) {
            Line line = new Line(sheet.createRow(index++), styles).month(month.month());
            monthly.forEach(indicator -> line.share(month.figure(indicator)));
            line.count(month.visits()).count(month.completions());
        }
        sheet.getRow(0).setHeightInPoints(48);
        sheet.createFreezePane(1, 1);
        sheet.setColumnWidth(0, 12 * 256);
        for (int i = 1; i <= monthly.size() + 2; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    private static void topics(Sheet sheet, Dashboard dashboard, ReportTexts texts, Styles styles) {
        new Line(sheet.createRow(0), styles).header(texts.get("export.col.topic"))
                .header(texts.get("export.col.completions"));
        int index = 1;
        for (TopicCompletions topic : dashboard.topics()) {
            new Line(sheet.createRow(index++), styles).text(texts.topic(topic.topic())).count(topic.completions());
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, 32, 18);
    }

    private static void teams(Sheet sheet, Dashboard dashboard, ReportTexts texts, Styles styles) {
        new Line(sheet.createRow(0), styles).header(texts.get("export.col.team"))
                .header(texts.get("export.col.members")).header(texts.get("export.col.visits30"))
                .header(texts.get("export.col.activity"));
        int index = 1;
        for (TeamActivity team : dashboard.teams()) {
            new Line(sheet.createRow(index++), styles).text(team.place()).count(team.members()).count(team.visits())
                    .activity(team.inactive(), texts);
        }
        index++;
        new Line(sheet.createRow(index++), styles).header(texts.get("export.col.member"))
                .header(texts.get("export.col.team")).header(texts.get("export.col.visits30"))
                .header(texts.get("export.col.activity")).header(texts.get("export.col.account"));
        for (MemberActivity member : dashboard.members()) {
            new Line(sheet.createRow(index++), styles).text(member.name()).text(member.teamPlace())
                    .count(member.visits()).activity(member.inactive(), texts)
                    .text(texts.get(member.hasAccount() ? "export.account.yes" : "export.account.no"));
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, 30, 26, 16, 18, 12);
    }

    private static void headers(Row row, Styles styles, String... texts) {
        Line line = new Line(row, styles);
        for (String text : texts) {
            line.header(text);
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** Writes one row left to right. */
    private static final class Line {
        private final Row row;
        private final Styles styles;
        private int column;

        Line(Row row, Styles styles) {
            this.row = row;
            this.styles = styles;
        }

        Line at(int column) {
            this.column = column;
            return this;
        }

        Line header(String text) {
            return text(text, styles.header);
        }

        Line text(String text) {
            row.createCell(column++).setCellValue(text);
            return this;
        }

        Line text(String text, CellStyle style) {
            row.createCell(column).setCellStyle(style);
            row.getCell(column++).setCellValue(text);
            return this;
        }

        Line blank() {
            column++;
            return this;
        }

        Line count(long value) {
            row.createCell(column).setCellStyle(styles.count);
            row.getCell(column++).setCellValue(value);
            return this;
        }

        /** The share as a percent cell; empty when there is nothing to divide by. */
        Line share(Figure figure) {
            if (figure.denominator() == 0) {
                return blank();
            }
            row.createCell(column).setCellStyle(styles.percent);
            row.getCell(column++).setCellValue((double) figure.numerator() / figure.denominator());
            return this;
        }

        Line targetPercent(int percent) {
            row.createCell(column).setCellStyle(styles.wholePercent);
            row.getCell(column++).setCellValue(percent / 100.0);
            return this;
        }

        Line day(LocalDate day) {
            row.createCell(column).setCellStyle(styles.day);
            row.getCell(column++).setCellValue(day);
            return this;
        }

        Line month(YearMonth month) {
            row.createCell(column).setCellStyle(styles.month);
            row.getCell(column++).setCellValue(month.atDay(1));
            return this;
        }

        Line activity(boolean inactive, ReportTexts texts) {
            return inactive ? text(texts.get("export.inactive"), styles.flagged) : text(texts.get("export.active"));
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle header;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle wholePercent;
        final CellStyle day;
        final CellStyle month;
        final CellStyle flagged;

        Styles(Workbook workbook) {
            var formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font red = workbook.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            title = workbook.createCellStyle();
            title.setFont(big);
            label = workbook.createCellStyle();
            label.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            count = workbook.createCellStyle();
            count.setDataFormat(formats.getFormat("#,##0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.0%"));
            wholePercent = workbook.createCellStyle();
            wholePercent.setDataFormat(formats.getFormat("0%"));
            day = workbook.createCellStyle();
            day.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            month = workbook.createCellStyle();
            month.setDataFormat(formats.getFormat("mm/yyyy"));
            flagged = workbook.createCellStyle();
            flagged.setFont(red);
        }
    }
}
