package vn.langso.common;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Two editors who press Save at the same moment both pass the version check, since neither has written yet; the
 * later write then finds the row's version moved on. Writing now, inside the service method, turns that into the
 * same refusal a stale page gets (a message and a reload), instead of a database error at commit.
 */
public final class StaleSave {

    private StaleSave() {
    }

    public static void flushOrRefuse(JpaRepository<?, ?> repository, Supplier<? extends RuntimeException> refusal) {
        try {
            repository.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw refusal.get();
        }
    }
}
