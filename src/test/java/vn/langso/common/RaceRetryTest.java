package vn.langso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

/**
 * A visit or completion whose transaction lost a race (a unique key, a deadlock on the village's summary row) is
 * stored by running it again, so the phone is not told "server trouble"; other failures are not hidden.
 */
class RaceRetryTest {

    @Test
    void aDeadlockVictimIsRunAgainAndGetsThrough() {
        AtomicInteger tries = new AtomicInteger();
        String stored = RaceRetry.run(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new CannotAcquireLockException("Deadlock found when trying to get lock");
            }
            return "SAVED";
        });
        assertThat(stored).isEqualTo("SAVED");
        assertThat(tries).hasValue(2);
    }

    @Test
    void aRaceOnAUniqueKeyIsRunAgain() {
        AtomicInteger tries = new AtomicInteger();
        String stored = RaceRetry.run(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new DataIntegrityViolationException("Duplicate entry");
            }
            return "DUPLICATE";
        });
        assertThat(stored).isEqualTo("DUPLICATE");
    }

    @Test
    void aDeadlockEveryTimeGivesUpAfterThreeTriesAndOtherFailuresAreNotRetried() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> RaceRetry.run(() -> {
            tries.incrementAndGet();
            throw new CannotAcquireLockException("Deadlock found when trying to get lock");
        })).isInstanceOf(CannotAcquireLockException.class);
        assertThat(tries).hasValue(3);

        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> RaceRetry.run(() -> {
            once.incrementAndGet();
            throw new InvalidDataAccessResourceUsageException("bad SQL");
        })).isInstanceOf(InvalidDataAccessResourceUsageException.class);
        assertThat(once).hasValue(1);
    }
}
