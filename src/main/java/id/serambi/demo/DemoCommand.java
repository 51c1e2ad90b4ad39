package id.serambi.demo;

import id.serambi.db.Database;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.quiz.model.QuizCatalog;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar serambi.jar demo [--ulang | --hapus]}: loads the demo class into the configured
 * database, replaces it, or removes it. It only ever writes or deletes demo rows, and refuses to
 * load twice. Whoever runs it reads both languages, Indonesian first.
 */
public final class DemoCommand {
    public static final String REPLACE = "--ulang";
    public static final String REMOVE = "--hapus";
    public static final List<String> FLAGS = List.of(REPLACE, REMOVE);

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public DemoCommand(Messages messages, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /**
     * @param flag  empty, {@value #REPLACE} or {@value #REMOVE}
     * @param where the database as shown to the user
     * @return the exit code
     */
    public int run(Database database, QuizCatalog quizzes, String flag, String where, Instant now) {
        DemoData demo = new DemoData(database.jdbi(), quizzes);
        if (flag.equals(REMOVE)) {
            int removed = demo.remove();
            print(out, removed == 0 ? line("demo.none", where) : line("demo.removed", where, removed));
            return 0;
        }
        List<Line> report = new ArrayList<>();
        int existing = demo.existing();
        if (existing > 0) {
            if (!flag.equals(REPLACE)) {
                print(err, line("demo.exists", where, existing));
                return 1;
            }
            report.add(line("demo.replaced", demo.remove()));
        }
        DemoData.Summary summary = demo.load(now);
        report.add(line("demo.loaded", where));
        report.add(line("demo.loaded.participants", summary.participants(), summary.sent("tes-awal"),
                summary.sent("kuis-media-sosial"), summary.sent("tes-akhir"), summary.sent("evaluasi-pelatihan")));
        report.add(line("demo.loaded.skm", summary.skmRespondents(), DemoData.KELURAHAN));
        if (!summary.skipped().isEmpty()) {
            report.add(line("demo.skipped", String.join(", ", summary.skipped())));
        }
        report.add(line("demo.look"));
        print(out, report.toArray(Line[]::new));
        return 0;
    }

    private record Line(String key, Object[] args) {
    }

    private static Line line(String key, Object... args) {
        return new Line(key, args);
    }

    /** The Indonesian lines, then the English ones. */
    private void print(PrintStream to, Line... lines) {
        for (Lang lang : new Lang[] {Lang.ID, Lang.EN}) {
            for (Line l : lines) {
                to.println(messages.get(lang, l.key(), l.args()));
            }
        }
    }
}
