package vn.langso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.langso.support.MalformedInputs;
import vn.langso.support.MalformedInputs.Input;

/**
 * Text someone typed (a place name, a note) that a spreadsheet would read as a formula ({@code =cmd|' /C calc'!A0},
 * {@code @SUM(...)}, {@code +84 912}) reaches the CSV export as text: Excel and LibreOffice open it without running
 * anything. Every corpus text comes back whole, with a leading apostrophe where it starts a formula.
 */
class ExportedTextNeverRunsAsAFormulaTest {

    @Test
    void everyCellThatWouldStartAFormulaIsWrittenAsText() throws IOException {
        List<String> texts = MalformedInputs.texts(false).stream().map(Input::text).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordsCsv csv = new RecordsCsv(out, rows -> { }, "text");
        texts.forEach(text -> csv.print(text));
        csv.finish();

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(rows).hasSize(texts.size());
        int neutralised = 0;
        for (int i = 0; i < texts.size(); i++) {
            String cell = rows.get(i).get(0);
            String typed = texts.get(i);
            assertThat(cell).as("cell %d", i).doesNotMatch("(?s)^[=+\\-@\\t\\r].*");
            if (!cell.equals(typed)) {
                assertThat(cell).isEqualTo("'" + typed);
                neutralised++;
            }
        }
        assertThat(neutralised).isGreaterThanOrEqualTo(5);
        System.out.printf("MALFORMED CSV export: %d typed texts written, %d that would start a formula written "
                + "as text ('), 0 formulas%n", texts.size(), neutralised);
    }
}
