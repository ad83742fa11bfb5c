package vn.langso.common;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * The same record sent twice at the same moment (a double tap, two tabs, a retry on a slow line): the second insert
 * hits a unique key and its transaction rolls back. Running it again, in a new transaction, finds the first and
 * answers as for a resend. Call it around a transactional service method, never inside one.
 * <p>
 * Also two different records at the same moment that update the same summary row (two visits in one village, two
 * completions in one commune): the database may pick one transaction as a deadlock's victim and roll it back. The
 * load test at 2,000 people met this twice (issue 8; the visit API answered 503 as if the database were down).
 * Running the victim again after a short random pause lets it through.
 */
public final class RaceRetry {

    private static final int ATTEMPTS = 3;

    private RaceRetry() {
    }

    public static <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            } catch (PessimisticLockingFailureException deadlocked) {
                if (attempt == ATTEMPTS) {
                    throw deadlocked;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 30L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
