package id.serambi.cli;

import id.serambi.config.Config;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flags of each command, their environment twins, and the message keys of bad ones. */
class CommandOptionsTest {
    private static Config serve(Map<String, String> env, String... args) {
        CommandLine line = Run.commands(env).build();
        line.parseArgs(args);
        return line.<ServeCli>getCommand().config();
    }

    private static <T> T subcommand(Map<String, String> env, String... args) {
        return Run.commands(env).build().parseArgs(args).subcommand().commandSpec().commandLine().getCommand();
    }

    private static String refusal(Map<String, String> env, String... args) {
        CommandLine line = Run.commands(env).build();
        ParameterException e = assertThrows(ParameterException.class, () -> line.parseArgs(args));
        return UsageErrors.problem(e, args).key();
    }

    @Test
    void defaults_serve_on_7070_with_data_in_data_and_sqlite() {
        Config config = serve(Map.of());
        assertEquals(7070, config.port());
        assertEquals(Path.of("data"), config.dataDir());
        assertEquals("jdbc:sqlite:" + Path.of("data", "serambi.db"), config.jdbcUrl());
        assertEquals(Optional.empty(), config.contentDir());
        assertFalse(config.dev());
    }

    @Test
    void the_public_address_comes_from_its_flag_or_its_twin_and_must_be_an_http_address() {
        assertEquals(Optional.of(java.net.URI.create("https://serambi.polman.go.id")),
                serve(Map.of("SERAMBI_PUBLIC_URL", "https://serambi.polman.go.id")).publicUrl());
        assertEquals(Optional.of(java.net.URI.create("http://192.168.43.1:7070")),
                serve(Map.of("SERAMBI_PUBLIC_URL", "https://x.example"), "--public-url", "http://192.168.43.1:7070")
                        .publicUrl());
        assertEquals(Optional.empty(), serve(Map.of()).publicUrl());
        assertEquals("config.publicurl.invalid", refusal(Map.of(), "--public-url", "serambi.lan"));
        assertEquals("config.publicurl.invalid", refusal(Map.of(), "--public-url", "ftp://serambi.lan"));
    }

    @Test
    void every_flag_has_an_environment_twin_and_the_flag_wins() {
        Map<String, String> env = Map.of("SERAMBI_PORT", "8080", "SERAMBI_DATA", "/srv/serambi",
                "SERAMBI_DB", "jdbc:postgresql://db/serambi", "SERAMBI_CONTENT", "/srv/kursus");
        Config fromEnv = serve(env);
        assertEquals(8080, fromEnv.port());
        assertEquals(Path.of("/srv/serambi"), fromEnv.dataDir());
        assertEquals("jdbc:postgresql://db/serambi", fromEnv.jdbcUrl());
        assertEquals(Optional.of(Path.of("/srv/kursus")), fromEnv.contentDir());

        Config flags = serve(env, "--port", "0", "--data=/tmp/d", "--content", "kursus", "--dev");
        assertEquals(0, flags.port());
        assertEquals(Path.of("/tmp/d"), flags.dataDir());
        assertEquals(Optional.of(Path.of("kursus")), flags.contentDir());
        assertTrue(flags.dev());
    }

    @Test
    void blank_environment_values_count_as_unset() {
        Config config = serve(Map.of("SERAMBI_PORT", " ", "SERAMBI_DATA", "", "SERAMBI_DB", " ", "SERAMBI_CONTENT", ""));
        assertEquals(Config.defaults(), config);
    }

    @Test
    void an_environment_value_is_taken_as_written_even_with_dollar_signs() {
        String url = "jdbc:postgresql://db/serambi?password=a$${HOME}b$";
        assertEquals(url, serve(Map.of("SERAMBI_DB", url)).jdbcUrl());
    }

    @Test
    void a_command_word_picks_the_command_and_the_options_after_it_are_its_own() {
        ValidateCli validate = subcommand(Map.of(), "validate", "--content", "x");
        assertEquals(Optional.of(Path.of("x")), validate.config().contentDir());

        DemoCli demo = subcommand(Map.of("SERAMBI_DATA", "/srv/serambi"), "demo", "--content=kursus");
        assertEquals(Path.of("/srv/serambi"), demo.config().dataDir(), "the environment twins reach subcommands");
        assertEquals(Optional.of(Path.of("kursus")), demo.config().contentDir());

        CreateAdminCli admin = subcommand(Map.of(), "create-admin", "budi", "--db", "jdbc:postgresql://db/x");
        assertEquals("jdbc:postgresql://db/x", admin.config().jdbcUrl());
    }

    @Test
    void bad_flags_are_refused_with_a_message_key() {
        assertEquals("config.port.number", refusal(Map.of(), "--port", "tujuh"));
        assertEquals("config.port.range", refusal(Map.of(), "--port", "70000"));
        assertEquals("config.flag.unknown", refusal(Map.of(), "--verbose"));
        assertEquals("config.flag.value", refusal(Map.of(), "--data"));
        assertEquals("config.port.number", refusal(Map.of("SERAMBI_PORT", "tujuh")), "the twin is checked like the flag");
    }
}
