package vn.langso.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one table, sent in JDBC batches of {@value #BATCH} on the transaction's connection (MySQL Connector/J
 * rewrites each batch into multi-row inserts with {@code rewriteBatchedStatements=true}), optionally returning the
 * ids the database gave them, in row order. Instants are written as UTC, as Hibernate writes them here.
 */
final class BatchInsert {

    private static final int BATCH = 1_000;

    private final String sql;
    private final boolean returnIds;
    private final List<Object[]> rows = new ArrayList<>();

    private BatchInsert(String table, String columns, boolean returnIds) {
        int count = columns.split(",").length;
        this.sql = "insert into " + table + " (" + columns + ") values (?" + ", ?".repeat(count - 1) + ")";
        this.returnIds = returnIds;
    }

    static BatchInsert into(String table, String columns) {
        return new BatchInsert(table, columns, false);
    }

    static BatchInsert returningIds(String table, String columns) {
        return new BatchInsert(table, columns, true);
    }

    BatchInsert add(Object... values) {
        rows.add(values);
        return this;
    }

    int size() {
        return rows.size();
    }

    /** Inserts every row added; returns their ids if asked for (else an empty array). */
    long[] run(JdbcTemplate jdbc) {
        long[] ids = new long[returnIds ? rows.size() : 0];
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = returnIds
                    ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                    : connection.prepareStatement(sql)) {
                for (int from = 0; from < rows.size(); from += BATCH) {
                    int to = Math.min(rows.size(), from + BATCH);
                    for (Object[] row : rows.subList(from, to)) {
                        for (int i = 0; i < row.length; i++) {
                            Object value = column(row[i]);
                            if (value == null) {
                                statement.setNull(i + 1, Types.NULL);
                            } else {
                                statement.setObject(i + 1, value);
                            }
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                    if (returnIds) {
                        int next = from;
                        try (ResultSet keys = statement.getGeneratedKeys()) {
                            while (keys.next()) {
                                ids[next++] = keys.getLong(1);
                            }
                        }
                        if (next != to) {
                            throw new IllegalStateException("Expected " + (to - from) + " ids, got " + (next - from));
                        }
                    }
                }
            }
            return null;
        });
        rows.clear();
        return ids;
    }

    private static Object column(Object value) {
        return switch (value) {
            case Instant instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
            case Enum<?> constant -> constant.name();
            case null -> null;
            default -> value;
        };
    }
}
