package vn.langso.security;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger on audit_event (changeset 0016): refuses every UPDATE and DELETE, so not even the application's own
 * connection can change or remove what the audit log says. MariaDB has the same trigger in SQL.
 */
public class AuditRowsStay implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only", "45000");
    }
}
