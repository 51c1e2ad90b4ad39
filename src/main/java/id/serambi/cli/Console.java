package id.serambi.cli;

import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Where the commands write, and in which language: {@code SERAMBI_LANG}, Indonesian unless it says {@code en}. */
public record Console(Messages messages, Lang lang, PrintStream out, PrintStream err) {

    public static Console of(PrintStream out, PrintStream err, Map<String, String> env) {
        Lang lang = Lang.fromCode(env.getOrDefault("SERAMBI_LANG", "")).orElse(Lang.ID);
        return new Console(new Messages(), lang, out, err);
    }

    /** A message in the chosen language. */
    public String text(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** Start-up failures are read by whoever runs the server: both languages, Indonesian first. */
    public String bilingual(String key, Object... args) {
        return messages.get(Lang.ID, key, args) + "\n" + messages.get(Lang.EN, key, args);
    }

    /** Each content problem as {@code path:line: message}, the form editors jump to. */
    public void problems(List<Problem> problems) {
        for (Problem p : problems) {
            err.println(p.path() + ":" + p.line() + ": " + text(p.key(), p.args().toArray()));
        }
    }
}
