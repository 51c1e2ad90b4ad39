package id.serambi.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {
    private static Config parse(Map<String, String> env, String... args) {
        return Config.parse(List.of(args), env, new ArrayList<>());
    }

    @Test
    void defaults_serve_on_7070_with_data_in_data_and_sqlite() {
        Config config = parse(Map.of());
        assertEquals(7070, config.port());
        assertEquals(Path.of("data"), config.dataDir());
        assertEquals("jdbc:sqlite:" + Path.of("data", "serambi.db"), config.jdbcUrl());
        assertEquals(Optional.empty(), config.contentDir());
    }

    @Test
    void every_flag_has_an_environment_twin_and_the_flag_wins() {
        Map<String, String> env = Map.of("SERAMBI_PORT", "8080", "SERAMBI_DATA", "/srv/serambi",
                "SERAMBI_DB", "jdbc:postgresql://db/serambi", "SERAMBI_CONTENT", "/srv/kursus");
        Config fromEnv = parse(env);
        assertEquals(8080, fromEnv.port());
        assertEquals(Path.of("/srv/serambi"), fromEnv.dataDir());
        assertEquals("jdbc:postgresql://db/serambi", fromEnv.jdbcUrl());
        assertEquals(Optional.of(Path.of("/srv/kursus")), fromEnv.contentDir());

        Config flags = parse(env, "--port", "0", "--data=/tmp/d", "--content", "kursus", "--dev");
        assertEquals(0, flags.port());
        assertEquals(Path.of("/tmp/d"), flags.dataDir());
        assertEquals(Optional.of(Path.of("kursus")), flags.contentDir());
        assertTrue(flags.dev());
    }

    @Test
    void positional_words_are_left_for_the_command() {
        List<String> rest = new ArrayList<>();
        Config.parse(List.of("validate", "--content", "x"), Map.of(), rest);
        assertEquals(List.of("validate"), rest);
    }

    @Test
    void bad_flags_are_refused_with_a_message_key() {
        assertEquals("config.port.number",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--port", "tujuh")).key());
        assertEquals("config.port.range",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--port", "70000")).key());
        assertEquals("config.flag.unknown",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--verbose")).key());
        assertEquals("config.flag.value",
                assertThrows(ConfigException.class, () -> parse(Map.of(), "--data")).key());
    }
}
