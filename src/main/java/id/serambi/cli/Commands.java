package id.serambi.cli;

import id.serambi.Version;
import id.serambi.account.PasswordInput;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The command line of {@code java -jar serambi.jar}: the top-level command serves, and
 * {@code validate}, {@code demo} and {@code create-admin} are its subcommands. Exit codes: 0 ok,
 * 1 the command failed, 2 it was written wrong.
 */
public final class Commands {
    private final Console console;
    private final Map<String, String> env;
    private final Supplier<PasswordInput> passwords;

    public Commands(Console console, Map<String, String> env, Supplier<PasswordInput> passwords) {
        this.console = console;
        this.env = env;
        this.passwords = passwords;
    }

    /** Runs the command the words name; returns its exit code, 0 once the server is up. */
    public int run(List<String> args) {
        return build().execute(args.toArray(String[]::new));
    }

    CommandLine build() {
        CommandLine line = new CommandLine(new ServeCli(console))
                .addSubcommand(new ValidateCli(console))
                .addSubcommand(new DemoCli(console))
                .addSubcommand(new CreateAdminCli(console, passwords));
        // each setting reaches the subcommands added above
        line.setResourceBundle(new HelpTexts(console.messages(), console.lang()));
        line.setDefaultValueProvider(new EnvironmentDefaults(env));
        line.setOverwrittenOptionsAllowed(true); // the last of a repeated flag wins, as it always did
        line.setParameterExceptionHandler(new UsageErrors(console));
        line.setExecutionStrategy(Commands::execute);
        line.setOut(new PrintWriter(new StreamWriter(console.out()), true));
        line.setErr(new PrintWriter(new StreamWriter(console.err()), true));
        line.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        String version = console.text("cli.version", Version.current());
        line.getCommandSpec().version(version);
        line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
        return line;
    }

    /**
     * Runs the last command named. A server flag written before a subcommand's name would be taken
     * by the server and silently not reach the subcommand (a demo loaded into the wrong database),
     * so it is refused.
     */
    private static int execute(ParseResult parsed) {
        if (parsed.subcommand() != null) {
            List<String> before = parsed.matchedOptions().stream()
                    .filter(o -> !o.usageHelp() && !o.versionHelp()).map(OptionSpec::longestName).toList();
            if (!before.isEmpty()) {
                throw new UsageError(parsed.subcommand().commandSpec().commandLine(), "cli.flag.before.command",
                        String.join(" ", before), parsed.subcommand().commandSpec().name());
            }
        }
        return new RunLast().execute(parsed);
    }
}
