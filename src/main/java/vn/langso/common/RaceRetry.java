package vn.langso.common;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The same record sent twice at the same moment (a double tap, two tabs, a retry on a slow line): the second insert
 * hits a unique key and its transaction rolls back. Running it again, in a new transaction, finds the first and
 * answers as for a resend. Call it around a transactional service method, never inside one.
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
            }
        }
    }
}
