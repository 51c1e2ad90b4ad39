package id.serambi.access;

import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table, to show that a refused request changed nothing. {@code last_seen} is
 * left out: a seat's presence is noted on every request its phone makes, refused or not.
 */
final class DatabaseSnapshot {
    private DatabaseSnapshot() {
    }

    static Map<String, List<String>> of(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            Map<String, List<String>> tables = new TreeMap<>();
            List<String> names = h.createQuery("""
                            select name from sqlite_master where type = 'table'
                            and name not like 'sqlite_%' and name <> 'flyway_schema_history'""")
                    .mapTo(String.class).list();
            for (String name : names) {
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
}
