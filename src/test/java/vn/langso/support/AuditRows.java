package vn.langso.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log's promise, checked through the application's own connection on whichever database it runs. */
public final class AuditRows {

    private AuditRows() {
    }

    /** Adds a row, then fails unless changing it, deleting it and deleting every row are all refused. */
    public static void cannotBeChangedOrDeleted(JdbcClient jdbc) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, detail) values (?, ?, ?, ?)")
                .params(LocalDateTime.now(ZoneOffset.UTC), DemoUsers.PROVINCE_ADMIN, "TEST_ROW", "append-only").update();
        long id = jdbc.sql("select max(id) from audit_event where action = 'TEST_ROW'").query(Long.class).single();
        long rows = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else' where id = ?").param(id)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).isInstanceOf(DataAccessException.class);

        assertThat(jdbc.sql("select actor from audit_event where id = ?").param(id).query(String.class).single())
                .isEqualTo(DemoUsers.PROVINCE_ADMIN);
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(rows);
    }
}
