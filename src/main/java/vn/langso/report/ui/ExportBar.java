package vn.langso.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.jsoup.nodes.Entities;
import vn.langso.report.DashboardQuery;
import vn.langso.report.ReportExportService;
import vn.langso.ui.AppIcon;
import vn.langso.ui.Dates;

/**
 * The dashboard's export buttons: PDF and Excel download at once; the raw visits and lessons as CSV run in the
 * background (a province has millions of rows) with their progress shown while the screen stays usable, then a link
 * to the file appears. The screen asks the server for news every half second only while something runs.
 * {@code query} gives what the dashboard shows at the moment of the tap.
 */
public class ExportBar extends Div {

    private static final int POLL_MILLIS = 500;
    /** A download's outcome normally arrives within seconds; polling for it never outlasts this. */
    private static final long DOWNLOAD_POLL_NANOS = 60_000_000_000L;
    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv;charset=UTF-8";

    private final CsvExportQueue queue;
    private final Supplier<DashboardQuery> query;
    private final List<Button> csvButtons = new ArrayList<>();
    private final Div ready = new Div();
    private final Span status = new Span();
    /**
     * A CSV export's progress: its text, bar and stop button, made at the first export. Most leaders never start one,
     * and these would otherwise stay in the server's memory for as long as the page is open (issue 8).
     */
    private Div progress;
    private Span progressText;
    private ProgressBar progressBar;
    private Button stop;
    private CsvExportJob job;
    private boolean downloading;
    private long downloadTapped;
    private Registration polling;

    ExportBar(ReportExportService exports, CsvExportQueue queue, Supplier<DashboardQuery> query) {
        this.queue = queue;
        this.query = query;
        addClassName("export-bar");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("export.bar"));
        Div buttons = new Div(
                download(getTranslation("export.pdf"), "pdf", PDF, locale -> exports.pdf(query.get(), locale)),
                download(getTranslation("export.xlsx"), "xlsx", XLSX, locale -> exports.xlsx(query.get(), locale)),
                csvButton(CsvExportJob.Kind.VISITS), csvButton(CsvExportJob.Kind.COMPLETIONS));
        buttons.addClassName("actions");
        ready.addClassName("actions");
        status.addClassName("export-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(buttons, ready, status);
        // leaving the screen stops a running export and deletes its file
        addDetachListener(detach -> {
            if (job != null) {
                job.discard();
                job = null;
            }
            downloading = false;
            hideProgress();
            ready.removeAll();
            csvButtons.forEach(button -> button.setEnabled(true));
            updatePolling(detach.getUI());
        });
    }

    private Anchor download(String text, String extension, String type, SerializableFunction<Locale, byte[]> file) {
        return downloadLink(text, event -> {
            byte[] bytes = file.apply(event.getUI().getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "lang-so-bao-cao-" + LocalDate.now(Dates.VIETNAM) + "." + extension, type, bytes.length);
        }, done -> { });
    }

    /**
     * A link that downloads {@code file}; a refusal or failure becomes a message here. The tap itself starts the
     * polling, so the outcome shows within half a second even though a download is not a screen request.
     */
    private Anchor downloadLink(String text, InputStreamDownloadCallback file, SerializableConsumer<Boolean> done) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                return file.complete(event);
            } catch (RuntimeException e) {
                String key = CsvExportJob.messageFor(e);
                event.getUI().access(() -> showError(key));
                return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR);
            }
        }).whenComplete(succeeded -> {
            downloading = false;
            updatePolling(UI.getCurrent());
            done.accept(succeeded);
        });
        Anchor anchor = new Anchor(handler, "");
        // Its icon and text are one HTML text: three nodes fewer on the server for as long as the page is open.
        anchor.getElement().setProperty("innerHTML", AppIcon.html(AppIcon.DOWNLOAD) + "<span>"
                + Entities.escape(text) + "</span>");
        anchor.addClassName("button-link");
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().addEventListener("click", click -> {
            say("");
            downloading = true;
            downloadTapped = System.nanoTime();
            updatePolling(UI.getCurrent());
        });
        return anchor;
    }

    private Button csvButton(CsvExportJob.Kind kind) {
        Button button = new Button(getTranslation(kind.labelKey), AppIcon.create(AppIcon.DOWNLOAD));
        // a second tap before the screen answers must not start a second export
        button.setDisableOnClick(true);
        button.addClickListener(click -> startCsv(kind));
        csvButtons.add(button);
        return button;
    }

    private void startCsv(CsvExportJob.Kind kind) {
        if (job != null && !job.state().isOver()) {
            return;
        }
        if (job != null) {
            job.discard();
        }
        ready.removeAll();
        say("");
        try {
            job = queue.submit(kind, query.get());
        } catch (RejectedExecutionException busy) {
            job = null;
            csvButtons.forEach(button -> button.setEnabled(true));
            showError("export.busy");
            return;
        }
        csvButtons.forEach(button -> button.setEnabled(false));
        showProgressArea();
        showProgress();
        updatePolling(UI.getCurrent());
    }

    /** Shows the progress area under the buttons, made the first time; its stop button ready for a tap. */
    private void showProgressArea() {
        if (progress == null) {
            progressText = new Span();
            progressText.addClassName("export-progress-text");
            progressBar = new ProgressBar();
            stop = new Button(getTranslation("export.csv.stop"));
            stop.setDisableOnClick(true);
            stop.addClickListener(click -> job.stop());
            progress = new Div(progressText, progressBar, stop);
            progress.addClassName("export-progress");
            addComponentAtIndex(1, progress);
        }
        stop.setEnabled(true);
        progress.setVisible(true);
    }

    private void hideProgress() {
        if (progress != null) {
            progress.setVisible(false);
        }
    }

    /** What the running export has done so far; called on every poll. */
    private void showProgress() {
        switch (job.state()) {
            case WAITING -> indeterminate("export.csv.waiting");
            case COUNTING -> indeterminate("export.csv.counting");
            case WRITING -> {
                progressBar.setIndeterminate(false);
                progressBar.setValue(job.total() == 0 ? 0 : Math.min(1.0, (double) job.written() / job.total()));
                progressText.setText(getTranslation("export.csv.progress", job.written(), job.total()));
            }
            case DONE -> finished(() -> ready.add(readyLink(job)));
            case FAILED -> {
                String key = job.errorKey();
                finished(() -> showError(key));
            }
            case STOPPED -> finished(() -> say(getTranslation("export.csv.stopped")));
        }
    }

    private void indeterminate(String key) {
        progressBar.setIndeterminate(true);
        progressText.setText(getTranslation(key));
    }

    private void finished(Runnable outcome) {
        hideProgress();
        csvButtons.forEach(button -> button.setEnabled(true));
        outcome.run();
        updatePolling(UI.getCurrent());
    }

    /** The finished file; deleted from the server once downloaded. */
    private Anchor readyLink(CsvExportJob finished) {
        String fileName = finished.kind().fileName + "-" + LocalDate.now(Dates.VIETNAM) + ".csv";
        String text = getTranslation("export.csv.ready", getTranslation(finished.kind().labelKey), finished.written());
        return downloadLink(text, event -> Files.exists(finished.file())
                ? new DownloadResponse(Files.newInputStream(finished.file()), fileName, CSV, Files.size(finished.file()))
                : DownloadResponse.error(HttpStatusCode.GONE), succeeded -> {
                    if (succeeded) {
                        finished.discard();
                        ready.removeAll();
                        say(getTranslation("export.csv.downloaded"));
                    } else if (!Files.exists(finished.file())) {
                        ready.removeAll();
                        showError("export.error.gone");
                    }
                });
    }

    private void say(String text) {
        status.setText(text);
        status.removeClassName("export-error");
    }

    private void showError(String key) {
        status.setText(getTranslation(key));
        status.addClassName("export-error");
    }

    private void updatePolling(UI ui) {
        boolean running = job != null && !job.state().isOver();
        if (ui == null) {
            return;
        }
        if ((running || downloading) && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> {
                if (job != null && progress != null && progress.isVisible()) {
                    showProgress();
                }
                if (downloading && System.nanoTime() - downloadTapped > DOWNLOAD_POLL_NANOS) {
                    downloading = false;
                    updatePolling(poll.getSource());
                }
            });
        } else if (!running && !downloading && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
