package vn.langso.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import vn.langso.common.PdfFonts;

/**
 * The report's charts, drawn as PDF vector graphics (no pictures): they print sharp at any size and stay small.
 * Each is a template placed in the text flow like an image.
 */
final class PdfCharts {

    static final Color GREEN = new Color(11, 110, 79);
    static final Color AMBER = new Color(194, 106, 0);
    static final Color RED = new Color(179, 38, 30);
    static final Color BLUE = new Color(31, 111, 178);
    private static final Color GRID = new Color(220, 220, 220);
    private static final Color TEXT = new Color(40, 40, 40);
    private static final BaseFont FONT = PdfFonts.REGULAR;
    private static final float SMALL = 7.5f;

    private PdfCharts() {
    }

    record Bar(String label, Double percent, Color color) {
    }

    record Series(String name, Color color, List<Double> percents) {
    }

    /** One bar per place on a 0–100% scale, with the target as a dashed line when there is one. */
    static Image bars(PdfContentByte canvas, float width, List<Bar> bars, Integer targetPercent, String targetLabel,
            ReportTexts texts) {
        float row = 14;
        float top = 14;
        float bottom = 14;
        float labelWidth = 130;
        float valueWidth = 38;
        float height = top + bars.size() * row + bottom;
        PdfTemplate chart = canvas.createTemplate(width, height);
        float left = labelWidth + 4;
        float plot = width - left - valueWidth;
        verticalGrid(chart, left, plot, bottom, height - top);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float y = height - top - (i + 1) * row;
            text(chart, fit(bar.label(), labelWidth), Element.ALIGN_LEFT, 0, y + 4, TEXT);
            float length = bar.percent() == null ? 0 : (float) (plot * Math.min(100, bar.percent()) / 100);
            if (length > 0) {
                chart.setColorFill(bar.color());
                chart.rectangle(left, y + 2, length, row - 5);
                chart.fill();
            }
            text(chart, texts.percent(bar.percent()), Element.ALIGN_LEFT, left + length + 3, y + 4, TEXT);
        }
        if (targetPercent != null) {
            float x = left + plot * targetPercent / 100f;
            chart.saveState();
            chart.setColorStroke(RED);
            chart.setLineWidth(1.2f);
            chart.setLineDash(3, 2);
            chart.moveTo(x, bottom);
            chart.lineTo(x, height - top + 2);
            chart.stroke();
            chart.restoreState();
            text(chart, targetLabel, Element.ALIGN_CENTER, Math.min(Math.max(x, left + 30), left + plot - 20),
                    height - top + 4, RED);
        }
        return image(chart);
    }

    /** Monthly shares as lines on a 0–100% scale, with a legend above. */
    static Image lines(PdfContentByte canvas, float width, float height, List<String> months, List<Series> series) {
        PdfTemplate chart = canvas.createTemplate(width, height);
        float legend = 14;
        Frame frame = new Frame(width, height - legend - 6, months.size());
        frame.draw(chart, months);
        for (int percent = 0; percent <= 100; percent += 25) {
            text(chart, percent + "%", Element.ALIGN_RIGHT, Frame.LEFT - 4, frame.y(percent) - 2.5f, TEXT);
        }
        float x = Frame.LEFT;
        for (Series line : series) {
            chart.setColorFill(line.color());
            chart.rectangle(x, height - legend + 2, 10, 6);
            chart.fill();
            text(chart, line.name(), Element.ALIGN_LEFT, x + 13, height - legend + 2, TEXT);
            x += 13 + FONT.getWidthPoint(line.name(), SMALL) + 14;
            chart.saveState();
            chart.setColorStroke(line.color());
            chart.setColorFill(line.color());
            chart.setLineWidth(1.6f);
            boolean drawing = false;
            for (int i = 0; i < line.percents().size(); i++) {
                Double percent = line.percents().get(i);
                if (percent == null) {
                    drawing = false;
                } else if (drawing) {
                    chart.lineTo(frame.x(i), frame.y(percent));
                } else {
                    chart.moveTo(frame.x(i), frame.y(percent));
                    drawing = true;
                }
            }
            chart.stroke();
            // a dot on every month, so a month alone between gaps still shows
            for (int i = 0; i < line.percents().size(); i++) {
                if (line.percents().get(i) != null) {
                    chart.circle(frame.x(i), frame.y(line.percents().get(i)), 1.8f);
                }
            }
            chart.fill();
            chart.restoreState();
        }
        return image(chart);
    }

    /** A count per month as columns, the largest labelled. */
    static Image columns(PdfContentByte canvas, float width, float height, List<String> months, List<Long> counts,
            ReportTexts texts) {
        PdfTemplate chart = canvas.createTemplate(width, height);
        Frame frame = new Frame(width, height - 10, months.size());
        frame.draw(chart, months);
        long most = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        text(chart, "0", Element.ALIGN_RIGHT, Frame.LEFT - 4, Frame.BOTTOM - 2.5f, TEXT);
        text(chart, texts.count(most), Element.ALIGN_RIGHT, Frame.LEFT - 4, frame.top() - 2.5f, TEXT);
        chart.setColorFill(BLUE);
        for (int i = 0; i < counts.size(); i++) {
            float columnWidth = frame.slot() * 0.7f;
            chart.rectangle(frame.x(i) - columnWidth / 2, Frame.BOTTOM, columnWidth,
                    frame.y(100.0 * counts.get(i) / most) - Frame.BOTTOM);
        }
        chart.fill();
        return image(chart);
    }

    /** A month-by-month chart's plot area: one slot per month, 0–100% from bottom to top. */
    private record Frame(float width, float top, int months) {
        static final float LEFT = 34;
        static final float BOTTOM = 16;
        static final float RIGHT = 10;

        float slot() {
            return (width - LEFT - RIGHT) / Math.max(1, months);
        }

        float x(int month) {
            return LEFT + slot() * month + slot() / 2;
        }

        float y(double percent) {
            return BOTTOM + (top - BOTTOM) * (float) Math.min(100, percent) / 100f;
        }

        /** Lines across at 0, 25, 50, 75 and 100%, and the months under the axis (every few when there are many). */
        void draw(PdfTemplate chart, List<String> labels) {
            gridLines(chart, percent -> {
                chart.moveTo(LEFT, y(percent));
                chart.lineTo(width - RIGHT, y(percent));
            });
            int every = Math.max(1, (int) Math.ceil(labels.size() / 12.0));
            for (int i = 0; i < labels.size(); i += every) {
                text(chart, labels.get(i), Element.ALIGN_CENTER, x(i), BOTTOM - 11, TEXT);
            }
        }
    }

    /** Lines up at 0, 25, 50, 75 and 100% of the width, labelled under the axis. */
    private static void verticalGrid(PdfTemplate chart, float left, float plot, float bottom, float top) {
        gridLines(chart, percent -> {
            float x = left + plot * percent / 100f;
            chart.moveTo(x, bottom);
            chart.lineTo(x, top);
        });
        for (int percent = 0; percent <= 100; percent += 25) {
            text(chart, percent + "%", Element.ALIGN_CENTER, left + plot * percent / 100f, bottom - 10, TEXT);
        }
    }

    private static void gridLines(PdfTemplate chart, java.util.function.IntConsumer line) {
        chart.saveState();
        chart.setColorStroke(GRID);
        chart.setLineWidth(0.5f);
        for (int percent = 0; percent <= 100; percent += 25) {
            line.accept(percent);
        }
        chart.stroke();
        chart.restoreState();
    }

    private static void text(PdfTemplate chart, String text, int alignment, float x, float y, Color color) {
        chart.beginText();
        chart.setColorFill(color);
        chart.setFontAndSize(FONT, SMALL);
        chart.showTextAligned(alignment, text, x, y, 0);
        chart.endText();
    }

    /** The text cut to a width, ending in "…" when it was cut. */
    private static String fit(String text, float width) {
        if (FONT.getWidthPoint(text, SMALL) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && FONT.getWidthPoint(cut + "…", SMALL) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Image image(PdfTemplate chart) {
        try {
            Image image = Image.getInstance(chart);
            image.setAlignment(Element.ALIGN_LEFT);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
