package vn.langso.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.langso.common.PdfFonts;
import vn.langso.place.PlaceLevel;

/**
 * A dashboard as a printable A4 report a commune can send upward: who, where, which months and when; the indicators
 * against the province's targets; the places compared on one indicator and the months as charts; the tables behind
 * them; page numbers in the footer.
 */
final class DashboardPdf {

    /** More places than this and the comparison chart shows the best and the worst half of it. */
    static final int MOST_BARS = 30;
    /** A table's header and first rows, kept on the page of its title. */
    private static final float TABLE_START = 60;
    private static final Indicator[] TREND_LINES = {Indicator.REACHED, Indicator.SMARTPHONE, Indicator.BASIC_SKILLS};
    private static final Color[] TREND_COLORS = {PdfCharts.GREEN, PdfCharts.BLUE, PdfCharts.AMBER};
    private static final Indicator[] PART_COLUMNS = {Indicator.REACHED, Indicator.VISITED_30_DAYS,
            Indicator.SMARTPHONE, Indicator.VNEID_LEVEL2, Indicator.BASIC_SKILLS};
    private static final Color HEADER_FILL = new Color(230, 240, 235);
    private static final Font TITLE = new Font(PdfFonts.BOLD, 17, Font.NORMAL, PdfCharts.GREEN);
    private static final Font PLACE = new Font(PdfFonts.BOLD, 14);
    private static final Font HEADING = new Font(PdfFonts.BOLD, 11.5f, Font.NORMAL, PdfCharts.GREEN);
    private static final Font BODY = new Font(PdfFonts.REGULAR, 9.5f);
    private static final Font CELL = new Font(PdfFonts.REGULAR, 8);
    private static final Font CELL_BOLD = new Font(PdfFonts.BOLD, 8);
    private static final Font FLAG = new Font(PdfFonts.BOLD, 8, Font.NORMAL, PdfCharts.RED);
    private static final Font FOOTER = new Font(PdfFonts.REGULAR, 7.5f, Font.NORMAL, Color.DARK_GRAY);

    private final Dashboard dashboard;
    private final ReportTexts texts;
    private final Document document;
    private final PdfWriter writer;
    private final float width;

    private DashboardPdf(Dashboard dashboard, ReportTexts texts, Document document, PdfWriter writer) {
        this.dashboard = dashboard;
        this.texts = texts;
        this.document = document;
        this.writer = writer;
        this.width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
    }

    static byte[] render(Dashboard dashboard, ReportTexts texts, String madeBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 40, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // a chart that does not fit moves to the next page with what follows it, not after it
        writer.setStrictImageSequence(true);
        String place = dashboard.place().label(texts.locale());
        String footer = texts.get("app.name") + " · " + place + " · " + texts.day(dashboard.today());
        writer.setPageEvent(new Footer(texts, footer));
        document.addTitle(texts.get("export.title") + " – " + place);
        document.addAuthor(madeBy);
        document.addCreator(texts.get("app.name"));
        document.open();
        new DashboardPdf(dashboard, texts, document, writer).write(madeBy);
        document.close();
        return out.toByteArray();
    }

    private void write(String madeBy) {
        boolean province = dashboard.place().level() == PlaceLevel.PROVINCE;
        add(centered(texts.get("export.title").toUpperCase(texts.locale()), TITLE, 4));
        add(centered(dashboard.place().label(texts.locale()), PLACE, 4));
        add(centered(texts.get("export.period") + ": " + ReportTexts.period(dashboard.from(), dashboard.to()), BODY, 1));
        add(centered(texts.get("export.madeOn") + ": " + texts.day(dashboard.today()) + " · "
                + texts.get("export.madeBy") + ": " + madeBy, BODY, 8));

        heading(texts.get("export.section.indicators"), TABLE_START);
        add(indicators());
        PlaceFigures total = dashboard.total();
        add(paragraph(texts.get("export.otherFigures", total.visits(), total.completions(), total.newLearners()),
                BODY, 2));
        // a province's villages without a team are counted per commune in the ranking
        if (!province && !dashboard.villagesWithoutTeam().isEmpty()) {
            add(paragraph(texts.get("export.villagesWithoutTeam", String.join(", ", dashboard.villagesWithoutTeam())),
                    BODY, 2));
        }

        if (!dashboard.parts().isEmpty()) {
            comparison();
        }
        trend();
        if (!dashboard.parts().isEmpty()) {
            heading(texts.get(province ? "export.section.ranking" : "export.section.villages"), TABLE_START);
            add(parts(province));
        }

        heading(texts.get("export.section.topics"), TABLE_START);
        add(topics());

        heading(texts.get("export.section.teams"), TABLE_START);
        if (dashboard.teams().isEmpty()) {
            add(paragraph(province ? texts.get("export.teamsInRanking") : "–", BODY, 2));
        } else {
            add(teams());
            add(paragraph("", BODY, 6));
            add(members());
        }
    }

    private PdfPTable indicators() {
        PdfPTable table = table(new float[] {40, 18, 12, 15, 15});
        header(table, "export.col.indicator", "export.col.fraction", "export.col.percent", "export.col.target",
                "export.col.status");
        for (Indicator indicator : Indicator.values()) {
            Figure figure = dashboard.total().figure(indicator);
            IndicatorTarget target = dashboard.targets().get(indicator);
            table.addCell(cell(texts.indicator(indicator), CELL, Element.ALIGN_LEFT));
            table.addCell(cell(texts.count(figure.numerator()) + " / " + texts.count(figure.denominator()), CELL,
                    Element.ALIGN_RIGHT));
            table.addCell(cell(texts.percent(figure.percent()), CELL_BOLD, Element.ALIGN_RIGHT));
            if (target == null) {
                table.addCell(cell("", CELL, Element.ALIGN_LEFT));
                table.addCell(cell("", CELL, Element.ALIGN_LEFT));
            } else {
                TargetStatus status = target.statusOf(figure);
                table.addCell(cell(target.percent() + "% · " + texts.day(target.dueOn()), CELL, Element.ALIGN_LEFT));
                PdfPCell judged = cell(texts.status(status), new Font(PdfFonts.BOLD, 8, Font.NORMAL, Color.WHITE),
                        Element.ALIGN_CENTER);
                judged.setBackgroundColor(color(status));
                table.addCell(judged);
            }
        }
        return table;
    }

    /** The places as bars on the ranked indicator, best first, with the province's target. */
    private void comparison() {
        Indicator indicator = DashboardWorkbook.RANKED_ON;
        List<PlaceFigures> ranked = dashboard.ranked(indicator);
        List<PlaceFigures> shown = ranked;
        if (ranked.size() > MOST_BARS) {
            shown = new ArrayList<>(ranked.subList(0, MOST_BARS / 2));
            shown.addAll(ranked.subList(ranked.size() - MOST_BARS / 2, ranked.size()));
        }
        IndicatorTarget target = dashboard.targets().get(indicator);
        List<PdfCharts.Bar> bars = shown.stream().map(part -> new PdfCharts.Bar(part.name(),
                part.figure(indicator).percent(),
                target == null ? PdfCharts.GREEN : color(target.statusOf(part.figure(indicator))))).toList();
        Image chart = PdfCharts.bars(writer.getDirectContent(), width, bars, target == null ? null : target.percent(),
                target == null ? "" : texts.get("export.chart.target", target.percent() + "%"), texts);
        heading(texts.get("export.section.compare", texts.indicator(indicator)), chart.getScaledHeight() + 14);
        if (shown != ranked) {
            add(paragraph(texts.get("export.chart.bestAndWorst", MOST_BARS / 2, ranked.size()), BODY, 2));
        }
        add(chart);
    }

    private void trend() {
        List<String> months = dashboard.trend().stream()
                .map(month -> String.format("%02d/%02d", month.month().getMonthValue(), month.month().getYear() % 100))
                .toList();
        List<PdfCharts.Series> series = new ArrayList<>();
        for (int i = 0; i < TREND_LINES.length; i++) {
            Indicator indicator = TREND_LINES[i];
            series.add(new PdfCharts.Series(texts.indicator(indicator), TREND_COLORS[i],
                    dashboard.trend().stream().map(month -> month.figure(indicator).percent()).toList()));
        }
        PdfContentByte canvas = writer.getDirectContent();
        Image lines = PdfCharts.lines(canvas, width, 170, months, series);
        heading(texts.get("export.section.trend"), lines.getScaledHeight());
        add(lines);
        Image visits = PdfCharts.columns(canvas, width, 90, months,
                dashboard.trend().stream().map(MonthFigures::visits).toList(), texts);
        keepSpace(visits.getScaledHeight() + 16);
        add(paragraph(texts.get("export.section.visitsPerMonth"), CELL_BOLD, 2));
        add(visits);
    }

    private PdfPTable parts(boolean ranking) {
        List<Float> widths = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        if (ranking) {
            widths.add(5f);
            headers.add("#");
        }
        widths.add(20f);
        headers.add(texts.get(ranking ? "export.col.commune" : "export.col.village"));
        for (Indicator indicator : PART_COLUMNS) {
            widths.add(9f);
            headers.add(texts.indicator(indicator));
        }
        for (String key : new String[] {"export.col.visits", "export.col.completions", "export.col.inactiveTeams",
                "export.col.inactiveMembers", "export.col.villagesWithoutTeam"}) {
            widths.add(7.5f);
            headers.add(texts.get(key));
        }
        float[] relative = new float[widths.size()];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = widths.get(i);
        }
        PdfPTable table = table(relative);
        headers.forEach(text -> table.addCell(headerCell(text)));
        List<PlaceFigures> parts = ranking ? dashboard.ranked(DashboardWorkbook.RANKED_ON) : dashboard.parts();
        for (int i = 0; i < parts.size(); i++) {
            PlaceFigures part = parts.get(i);
            if (ranking) {
                table.addCell(cell(part.figure(DashboardWorkbook.RANKED_ON).percent() == null ? ""
                        : String.valueOf(i + 1), CELL, Element.ALIGN_RIGHT));
            }
            table.addCell(cell(part.name(), CELL, Element.ALIGN_LEFT));
            for (Indicator indicator : PART_COLUMNS) {
                table.addCell(cell(texts.percent(part.figure(indicator).percent()), CELL, Element.ALIGN_RIGHT));
            }
            table.addCell(cell(texts.count(part.visits()), CELL, Element.ALIGN_RIGHT));
            table.addCell(cell(texts.count(part.completions()), CELL, Element.ALIGN_RIGHT));
            table.addCell(count(part.inactiveTeams()));
            table.addCell(count(part.inactiveMembers()));
            table.addCell(count(part.villagesWithoutTeam()));
        }
        return table;
    }

    private PdfPTable topics() {
        PdfPTable table = table(new float[] {70, 30});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        header(table, "export.col.topic", "export.col.completions");
        for (TopicCompletions topic : dashboard.topics()) {
            table.addCell(cell(texts.topic(topic.topic()), CELL, Element.ALIGN_LEFT));
            table.addCell(cell(texts.count(topic.completions()), CELL, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private PdfPTable teams() {
        PdfPTable table = table(new float[] {40, 18, 20, 22});
        header(table, "export.col.team", "export.col.members", "export.col.visits30", "export.col.activity");
        for (TeamActivity team : dashboard.teams()) {
            table.addCell(cell(team.place(), CELL, Element.ALIGN_LEFT));
            table.addCell(cell(texts.count(team.members()), CELL, Element.ALIGN_RIGHT));
            table.addCell(cell(texts.count(team.visits()), CELL, Element.ALIGN_RIGHT));
            table.addCell(activity(team.inactive()));
        }
        return table;
    }

    private PdfPTable members() {
        PdfPTable table = table(new float[] {32, 26, 14, 16, 12});
        header(table, "export.col.member", "export.col.team", "export.col.visits30", "export.col.activity",
                "export.col.account");
        for (MemberActivity member : dashboard.members()) {
            table.addCell(cell(member.name(), CELL, Element.ALIGN_LEFT));
            table.addCell(cell(member.teamPlace(), CELL, Element.ALIGN_LEFT));
            table.addCell(cell(texts.count(member.visits()), CELL, Element.ALIGN_RIGHT));
            table.addCell(activity(member.inactive()));
            table.addCell(cell(texts.get(member.hasAccount() ? "export.account.yes" : "export.account.no"), CELL,
                    Element.ALIGN_LEFT));
        }
        return table;
    }

    private PdfPCell activity(boolean inactive) {
        return inactive ? cell(texts.get("export.inactive"), FLAG, Element.ALIGN_LEFT)
                : cell(texts.get("export.active"), CELL, Element.ALIGN_LEFT);
    }

    /** A count that matters when it is not zero: then it stands out. */
    private PdfPCell count(long value) {
        return cell(texts.count(value), value > 0 ? FLAG : CELL, Element.ALIGN_RIGHT);
    }

    private static Color color(TargetStatus status) {
        return switch (status) {
            case MET -> PdfCharts.GREEN;
            case NEAR -> PdfCharts.AMBER;
            case BEHIND -> PdfCharts.RED;
            case NO_DATA -> Color.GRAY;
        };
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        return table;
    }

    private void header(PdfPTable table, String... keys) {
        for (String key : keys) {
            table.addCell(headerCell(texts.get(key)));
        }
    }

    private static PdfPCell headerCell(String text) {
        PdfPCell cell = cell(text, CELL_BOLD, Element.ALIGN_LEFT);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        cell.setBorderColor(new Color(200, 200, 200));
        return cell;
    }

    /** A section's title, on a new page when what must follow it ({@code keepWith} points high) would not fit. */
    private void heading(String text, float keepWith) {
        keepSpace(keepWith + 32);
        Paragraph heading = paragraph(text, HEADING, 4);
        heading.setSpacingBefore(10);
        add(heading);
    }

    private void keepSpace(float height) {
        if (writer.getVerticalPosition(true) - document.bottom() < height) {
            document.newPage();
        }
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = paragraph(text, font, spacingAfter);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private void add(Element element) {
        document.add(element);
    }

    /** "Làng Số · Xã Tân Lập · 15/07/2026" on the left and "Trang 2/5" on the right of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final ReportTexts texts;
        private final String left;
        private PdfTemplate total;

        Footer(ReportTexts texts, String left) {
            this.texts = texts;
            this.left = left;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float y = document.bottomMargin() - 22;
            canvas.saveState();
            canvas.setColorStroke(new Color(200, 200, 200));
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.leftMargin(), y + 11);
            canvas.lineTo(page.getWidth() - document.rightMargin(), y + 11);
            canvas.stroke();
            canvas.restoreState();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(left, FOOTER),
                    document.leftMargin(), y, 0);
            String number = texts.get("export.page", writer.getPageNumber()) + "/";
            float right = page.getWidth() - document.rightMargin() - 14;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(number, FOOTER),
                    right, y, 0);
            canvas.addTemplate(total, right, y - 2);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), FOOTER), 0, 2, 0);
        }
    }
}
