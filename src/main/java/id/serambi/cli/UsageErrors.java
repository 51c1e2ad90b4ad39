package id.serambi.cli;

import id.serambi.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Usage errors as the operator has always read them: the message in both languages, then how to
 * write the command in the chosen language, exit code 2. Picocli's own English texts never show;
 * its exceptions are mapped to our message keys.
 */
final class UsageErrors implements IParameterExceptionHandler {
    static final int EXIT_CODE = 2;

    /** What went wrong, as a message key and its arguments. */
    record Problem(String key, Object... args) {
    }

    private final Console console;

    UsageErrors(Console console) {
        this.console = console;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Problem problem = problem(ex, args);
        console.err().println(console.bilingual(problem.key(), problem.args()));
        // the synopsis shows how to write the command; the full help would push the error off screen
        CommandLine.Help help = ex.getCommandLine().getHelp();
        console.err().print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        console.err().println(console.text("cli.usage.more", ex.getCommandLine().getCommandSpec().qualifiedName()));
        return EXIT_CODE;
    }

    static Problem problem(ParameterException ex, String[] args) {
        if (ex instanceof UsageError own) {
            return new Problem(own.key(), own.args());
        }
        if (ex.getCause() instanceof ConfigException bad) {
            return new Problem(bad.key(), bad.args());
        }
        if (ex instanceof MissingParameterException missing) {
            Optional<String> option = missing.getMissing().stream().filter(ArgSpec::isOption)
                    .map(a -> ((OptionSpec) a).longestName()).findFirst();
            if (option.isPresent()) {
                return new Problem("config.flag.value", option.get());
            }
        }
        if (exclusiveFlagsRepeated(ex.getCommandLine(), args)) {
            return new Problem(ex.getCommandLine().getCommandName() + ".flags.both");
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            Optional<String> flag = words.stream().filter(w -> w.startsWith("-")).findFirst();
            if (flag.isPresent()) {
                return new Problem("config.flag.unknown", flag.get());
            }
            return new Problem("cli.command.unknown", typed(ex.getCommandLine(), words));
        }
        return new Problem("cli.arguments.invalid", String.join(" ", Arrays.asList(args)));
    }

    /**
     * Whether the words name more than one flag of a group that allows one ({@code demo --ulang
     * --hapus}, or {@code --hapus} twice); picocli then throws one of two exceptions, and its command's
     * {@code <command>.flags.both} message says which flags to choose from.
     */
    private static boolean exclusiveFlagsRepeated(CommandLine command, String[] args) {
        return command.getCommandSpec().argGroups().stream().filter(ArgGroupSpec::exclusive).anyMatch(group -> {
            Set<String> names = group.options().stream().flatMap(o -> Arrays.stream(o.names()))
                    .collect(Collectors.toSet());
            return Arrays.stream(args).map(a -> a.split("=", 2)[0]).filter(names::contains).count() > 1;
        });
    }

    /** The words as typed after {@code java -jar serambi.jar}: a subcommand's name, then the extra words. */
    private static String typed(CommandLine command, List<String> words) {
        List<String> path = new ArrayList<>();
        for (CommandLine c = command; c.getParent() != null; c = c.getParent()) {
            path.add(0, c.getCommandName());
        }
        path.addAll(words);
        return String.join(" ", path);
    }
}
