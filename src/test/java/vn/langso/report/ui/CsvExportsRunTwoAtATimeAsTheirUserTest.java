package vn.langso.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.langso.place.PlaceNotFoundException;
import vn.langso.report.DashboardQuery;
import vn.langso.report.ReportExportService;

/**
 * CSV exports run two at a time for the whole app, each as the user who asked (so the service's role and place
 * checks hold on the background thread); the others wait their turn, and when too many wait the next is refused.
 * A stopped or failed export leaves no file behind.
 */
class CsvExportsRunTwoAtATimeAsTheirUserTest {

    private static final DashboardQuery QUERY = new DashboardQuery(null, null, null);

    private final ReportExportService exports = mock(ReportExportService.class);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> ranAs = new CopyOnWriteArrayList<>();
    private CsvExportQueue queue;

    @BeforeEach
    void aQueueAndAServiceThatWaitsToBeReleased() {
        queue = new CsvExportQueue(exports,
                new StaticListableBeanFactory().getBeanProvider(SecurityContextHolderStrategy.class));
        when(exports.countVisits(any())).thenAnswer(call -> {
            ranAs.add(SecurityContextHolder.getContext().getAuthentication().getName());
            release.await(10, TimeUnit.SECONDS);
            return 3L;
        });
        when(exports.writeVisitsCsv(any(), any(), any())).thenAnswer(call -> {
            call.getArgument(1, OutputStream.class).write("Ngày thăm\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8));
            call.getArgument(2, LongConsumer.class).accept(3);
            return 3L;
        });
        signIn("lanhdao");
    }

    @AfterEach
    void stopTheQueue() throws Exception {
        release.countDown();
        SecurityContextHolder.clearContext();
        queue.stop();
    }

    @Test
    void twoRunAtOnceTheThirdWaitsAndEachRunsAsItsUser() throws Exception {
        CsvExportJob first = queue.submit(CsvExportJob.Kind.VISITS, QUERY);
        CsvExportJob second = queue.submit(CsvExportJob.Kind.VISITS, QUERY);
        signIn("admin");
        CsvExportJob third = queue.submit(CsvExportJob.Kind.VISITS, QUERY);

        waitUntil(() -> first.state() == CsvExportJob.State.COUNTING && second.state() == CsvExportJob.State.COUNTING);
        Thread.sleep(200);
        assertThat(third.state()).isEqualTo(CsvExportJob.State.WAITING);

        release.countDown();
        waitUntil(() -> third.state() == CsvExportJob.State.DONE && first.state() == CsvExportJob.State.DONE);
        assertThat(ranAs).containsExactlyInAnyOrder("lanhdao", "lanhdao", "admin");
        assertThat(third.written()).isEqualTo(3);
        assertThat(Files.readString(third.file())).isEqualTo("Ngày thăm\n1\n2\n3\n");

        third.discard();
        assertThat(third.file()).doesNotExist();
    }

    @Test
    void whenTooManyWaitTheNextIsRefused() {
        List<CsvExportJob> accepted = new ArrayList<>();
        for (int i = 0; i < CsvExportQueue.AT_ONCE + CsvExportQueue.WAITING_AT_MOST; i++) {
            accepted.add(queue.submit(CsvExportJob.Kind.VISITS, QUERY));
        }
        waitUntil(() -> accepted.stream().filter(job -> job.state() == CsvExportJob.State.COUNTING).count() == 2);

        assertThatThrownBy(() -> queue.submit(CsvExportJob.Kind.VISITS, QUERY))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void aStoppedExportLeavesNoFile() {
        CsvExportJob job = queue.submit(CsvExportJob.Kind.VISITS, QUERY);
        waitUntil(job, CsvExportJob.State.COUNTING);

        job.stop();
        release.countDown();

        waitUntil(job, CsvExportJob.State.STOPPED);
        assertThat(job.file()).doesNotExist();
    }

    @Test
    void aRefusedExportSaysWhyAndLeavesNoFile() {
        when(exports.countCompletions(any())).thenThrow(new PlaceNotFoundException(42));

        CsvExportJob job = queue.submit(CsvExportJob.Kind.COMPLETIONS, QUERY);

        waitUntil(job, CsvExportJob.State.FAILED);
        assertThat(job.errorKey()).isEqualTo("export.error.notFound");
        assertThat(job.file()).doesNotExist();
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_COMMUNE_LEADER")));
    }

    private static void waitUntil(CsvExportJob job, CsvExportJob.State state) {
        waitUntil(() -> job.state() == state);
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out");
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
