package id.serambi.cli;

import id.serambi.account.CreateAdminCommand;
import id.serambi.account.PasswordHasher;
import id.serambi.account.PasswordInput;
import id.serambi.config.Config;
import id.serambi.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code java -jar serambi.jar create-admin NAME}: the command line of {@link CreateAdminCommand}. */
@Command(name = "create-admin", mixinStandardHelpOptions = true, sortOptions = false)
final class CreateAdminCli implements Callable<Integer> {
    /**
     * Any number of words, so that none or two ("Budi Santoso") get our own message, which shows
     * how to write the command, rather than picocli's.
     */
    @Parameters(paramLabel = "${bundle:label.username}", descriptionKey = "option.username", arity = "0..*",
            hideParamSyntax = true)
    private List<String> names = List.of();

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    private final Console console;
    private final Supplier<PasswordInput> passwords;

    /** {@code passwords} is asked only once a password is needed, so the terminal is looked up then. */
    CreateAdminCli(Console console, Supplier<PasswordInput> passwords) {
        this.console = console;
        this.passwords = passwords;
    }

    Config config() {
        return database.applyTo(Config.defaults());
    }

    @Override
    public Integer call() {
        if (names.size() != 1) {
            throw new UsageError(spec.commandLine(), "account.cli.username.missing");
        }
        Database db = new Startup(console).database(config());
        if (db == null) {
            return 1;
        }
        try (db) {
            return new CreateAdminCommand(console.messages(), console.out(), console.err())
                    .run(db, names.get(0), passwords.get(), new PasswordHasher(), Clock.systemUTC());
        }
    }
}
