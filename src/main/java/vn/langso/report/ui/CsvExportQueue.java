package vn.langso.report.ui;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.langso.report.DashboardQuery;
import vn.langso.report.ReportExportService;

/**
 * Runs CSV exports in the background, {@value #AT_ONCE} at a time for the whole app (each holds a database
 * connection and reads millions of rows); up to {@value #WAITING_AT_MOST} more wait their turn, and beyond that the
 * export is refused. Each job runs as the user who asked for it, so the service's role and place checks apply.
 */
@Component
class CsvExportQueue {

    static final int AT_ONCE = 2;
    static final int WAITING_AT_MOST = 10;

    private final ReportExportService exports;
    private final SecurityContextHolderStrategy securityContexts;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(AT_ONCE, AT_ONCE, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING_AT_MOST), Thread.ofPlatform().name("report-export-", 1).daemon().factory());
    private final Path folder;

    CsvExportQueue(ReportExportService exports, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.exports = exports;
        // The holder the method-security checks read (Vaadin registers its own); a worker thread has no Vaadin
        // session, so there it falls back to the thread's own context, which the job sets.
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        try {
            this.folder = Files.createTempDirectory("langso-exports-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Queues an export as the signed-in user; refused with {@link RejectedExecutionException} when too many wait. */
    CsvExportJob submit(CsvExportJob.Kind kind, DashboardQuery query) {
        CsvExportJob job;
        try {
            job = new CsvExportJob(kind, query, exports, Files.createTempFile(folder, kind.fileName + "-", ".csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SecurityContext asker = securityContexts.createEmptyContext();
        asker.setAuthentication(securityContexts.getContext().getAuthentication());
        DelegatingSecurityContextRunnable asTheAsker = new DelegatingSecurityContextRunnable(job, asker);
        asTheAsker.setSecurityContextHolderStrategy(securityContexts);
        try {
            executor.execute(asTheAsker);
        } catch (RejectedExecutionException busy) {
            job.discard();
            throw busy;
        }
        return job;
    }

    /** Where the finished files wait for their download. */
    Path folder() {
        return folder;
    }

    @PreDestroy
    void stop() throws IOException, InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
