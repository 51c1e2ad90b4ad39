package id.serambi.access;

import org.jdbi.v3.core.Jdbi;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table, to show that a refused request changed nothing; on SQLite and on
 * PostgreSQL alike, as the tables are listed by the driver. {@code last_seen} is left out: a seat's
 * presence is noted on every request its phone makes, refused or not.
 */
final class DatabaseSnapshot {
    private DatabaseSnapshot() {
    }

    static Map<String, List<String>> of(Jdbi jdbi) {
        try {
            return read(jdbi);
        } catch (SQLException e) {
            throw new IllegalStateException("the tables could not be listed", e);
        }
    }

    private static Map<String, List<String>> read(Jdbi jdbi) throws SQLException {
        return jdbi.withHandle(h -> {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String name : tables(h.getConnection().getMetaData())) {
                tables.put(name, h.createQuery("select * from " + name).mapToMap().list().stream()
                        .map(row -> {
                            Map<String, Object> kept = new TreeMap<>(row);
                            kept.remove("last_seen");
                            return kept.toString();
                        }).sorted().toList());
            }
            return tables;
        });
    }

    /** The application's own tables: not Flyway's history, not the database's own. */
    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> names = new ArrayList<>();
        String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "public" : null;
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("sqlite_") && !name.equalsIgnoreCase("flyway_schema_history")) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no tables found: the snapshot would prove nothing");
        }
        return names;
    }
}
