package vn.langso.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Raw records as CSV that Excel opens with Vietnamese intact: UTF-8 with a byte order mark, commas, a header row.
 * Reports progress every {@value #PROGRESS_EVERY} rows and at the end; the caller's stream is flushed, not closed.
 */
final class RecordsCsv {

    static final int PROGRESS_EVERY = 1000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;
    private final LongConsumer progress;
    private long rows;

    RecordsCsv(OutputStream out, LongConsumer progress, String... headers) {
        this.progress = progress;
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write(BYTE_ORDER_MARK);
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(headers).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void print(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                values[i] = inert(text);
            }
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (++rows % PROGRESS_EVERY == 0) {
            progress.accept(rows);
        }
    }

    /** Flushes what is buffered; the number of rows written. */
    long finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept(rows);
        return rows;
    }

    /** A name typed as "=HYPERLINK(...)" stays text in Excel instead of becoming a formula. */
    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
