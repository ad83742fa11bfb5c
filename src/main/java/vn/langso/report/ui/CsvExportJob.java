package vn.langso.report.ui;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.report.DashboardQuery;
import vn.langso.report.ReportExportService;

/**
 * One CSV export running on a background thread into a temporary file. The screen reads its state when it polls;
 * the job never touches the screen. The file is deleted when the export stops or fails, and by {@link #discard()}.
 */
final class CsvExportJob implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(CsvExportJob.class);

    enum Kind {
        VISITS("export.csv.visits", "luot-tham"), COMPLETIONS("export.csv.completions", "bai-hoc");

        final String labelKey;
        final String fileName;

        Kind(String labelKey, String fileName) {
            this.labelKey = labelKey;
            this.fileName = fileName;
        }
    }

    enum State {
        WAITING, COUNTING, WRITING, DONE, FAILED, STOPPED;

        boolean isOver() {
            return this == DONE || this == FAILED || this == STOPPED;
        }
    }

    private final Kind kind;
    private final DashboardQuery query;
    private final ReportExportService exports;
    private final Path file;
    private volatile State state = State.WAITING;
    private volatile long total;
    private volatile long written;
    private volatile String errorKey;
    private volatile boolean stopAsked;

    CsvExportJob(Kind kind, DashboardQuery query, ReportExportService exports, Path file) {
        this.kind = kind;
        this.query = query;
        this.exports = exports;
        this.file = file;
    }

    @Override
    public void run() {
        if (stopAsked) {
            end(State.STOPPED);
            return;
        }
        try {
            state = State.COUNTING;
            total = kind == Kind.VISITS ? exports.countVisits(query) : exports.countCompletions(query);
            state = State.WRITING;
            LongConsumer progress = rows -> {
                if (stopAsked) {
                    throw new CancellationException();
                }
                written = rows;
            };
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                written = kind == Kind.VISITS ? exports.writeVisitsCsv(query, out, progress)
                        : exports.writeCompletionsCsv(query, out, progress);
            }
            state = State.DONE;
        } catch (CancellationException stopped) {
            end(State.STOPPED);
        } catch (Exception e) {
            if (e instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                end(State.STOPPED); // the app is shutting down
                return;
            }
            errorKey = messageFor(e);
            end(State.FAILED);
        }
    }

    /** What to tell the user about an export that did not work; only the unexpected goes to the log. */
    static String messageFor(Exception e) {
        if (e instanceof PlaceNotFoundException) {
            return "export.error.notFound";
        }
        if (e instanceof AccessDeniedException) {
            return "export.error.denied";
        }
        log.error("Export failed", e);
        return "export.error.failed";
    }

    Kind kind() {
        return kind;
    }

    State state() {
        return state;
    }

    long total() {
        return total;
    }

    long written() {
        return written;
    }

    /** The translation key of what went wrong, once {@link State#FAILED}. */
    String errorKey() {
        return errorKey;
    }

    Path file() {
        return file;
    }

    /** Stops a waiting or running export at its next thousand rows. */
    void stop() {
        stopAsked = true;
    }

    /** Stops the export if it still runs and deletes its file. */
    void discard() {
        stop();
        delete();
    }

    private void end(State end) {
        delete();
        state = end;
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
