package vn.langso.security;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to audit_event. There is deliberately no way to change or delete a row from the application. */
@Component
class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String actor, String action, Long placeId, String detail) {
        jdbc.sql("insert into audit_event (occurred_at, actor, action, place_id, detail) values (?, ?, ?, ?, ?)")
                .params(java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), actor, action, placeId, detail)
                .update();
    }
}
