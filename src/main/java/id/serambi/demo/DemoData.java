package id.serambi.demo;

import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.AnswerCheck;
import id.serambi.quiz.model.Paper;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.QuizCatalog;
import id.serambi.quiz.take.AttemptRow;
import id.serambi.quiz.take.Attempts;
import id.serambi.quiz.take.QuizForm;
import id.serambi.quiz.take.QuizStore;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A demo class of the Madatte training, so that a newcomer sees full dashboards at once: 60
 * participants who took the pre-test, the module quiz (some failing, then passing) and the
 * post-test over three days, then the evaluation; and 40 SKM respondents. Every attempt is made
 * the way a real one is, under a learner id starting with {@code demo-}: it starts with its own
 * paper ({@link Paper#draw}: for the pre- and post-test its own draw of the bank, its questions
 * and options shuffled as the quiz says), answers only the questions on that paper, and is sent
 * through {@link Attempts}. The papers and the answers come from a fixed seed, so every load
 * gives the same data.
 */
public final class DemoData {
    static final long SEED = 20211027L;
    static final int PARTICIPANTS = 60;
    static final int SKM_RESPONDENTS = 40;
    static final String KELURAHAN = "Madatte (contoh)";
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private final Jdbi jdbi;
    private final QuizCatalog quizzes;
    private final DemoStore store;

    /** What was loaded: attempts sent per quiz id, and the quizzes missing or closed, left out. */
    public record Summary(int participants, int skmRespondents, Map<String, Integer> sent, List<String> skipped) {
        public int sent(String quiz) {
            return sent.getOrDefault(quiz, 0);
        }
    }

    public DemoData(Jdbi jdbi, QuizCatalog quizzes) {
        this.jdbi = jdbi;
        this.quizzes = quizzes;
        this.store = new DemoStore(jdbi);
    }

    /** How many demo learners the database holds. */
    public int existing() {
        return store.learners();
    }

    /** Removes every demo row and nothing else; returns how many demo learners there were. */
    public int remove() {
        return store.delete();
    }

    /** Loads the demo class, its last day being the day before {@code now}. */
    public Summary load(Instant now) {
        DemoClock clock = new DemoClock(now, ZONE);
        QuizStore quizStore = new QuizStore(jdbi);
        Run run = new Run(new Attempts(quizzes, quizStore, clock), quizStore, clock, new DemoAnswers(new Random(SEED)));
        LocalDate first = now.atZone(ZONE).toLocalDate().minusDays(3);
        List<String> skipped = new ArrayList<>();
        Optional<Quiz> pre = usable("tes-awal", run, skipped);
        Optional<Quiz> post = usable("tes-akhir", run, skipped);
        Optional<Quiz> module = usable("kuis-media-sosial", run, skipped);
        Optional<Quiz> evaluation = usable("evaluasi-pelatihan", run, skipped);
        Optional<Quiz> skm = usable("skm", run, skipped);
        DemoAnswers draw = run.answers();
        for (int i = 1; i <= PARTICIPANTS; i++) {
            String learner = String.format("%sp%02d", DemoStore.PREFIX, i);
            AttemptRow.Group group = i % 10 < 7 ? AttemptRow.Group.WARGA : AttemptRow.Group.APARAT;
            // skill before and after: a class gain <g> of about 0.5, each participant between 0.3 and 0.75
            double before = draw.between(0.2, 0.55);
            double after = before + draw.between(0.3, 0.75) * (1 - before);
            Instant morning = at(first, 8, 0).plus(minutes(draw.between(0, 15)));
            pre.ifPresent(q -> run.take(learner, q, AttemptRow.Respondent.NONE, morning, minutes(draw.between(12, 25)),
                    shown -> draw.quiz(shown, before)));
            if (module.isPresent() && i % 12 != 3) {
                Quiz q = module.get();
                Instant afternoon = at(first.plusDays(1), 13, 0).plus(minutes(draw.between(0, 120)));
                boolean passed = run.take(learner, q, AttemptRow.Respondent.NONE, afternoon, minutes(draw.between(8, 15)),
                        shown -> draw.quiz(shown, after)).flatMap(AttemptRow::passed).orElse(true);
                if (!passed && i % 5 != 0) {
                    double retry = draw.between(0.85, 1);
                    run.take(learner, q, AttemptRow.Respondent.NONE, afternoon.plus(Duration.ofHours(20)),
                            minutes(draw.between(6, 12)), shown -> draw.quiz(shown, retry));
                }
            }
            Instant last = at(first.plusDays(2), 13, 0).plus(minutes(draw.between(0, 15)));
            if (post.isPresent() && i % 20 != 7) {
                run.take(learner, post.get(), AttemptRow.Respondent.NONE, last, minutes(draw.between(10, 20)),
                        shown -> draw.quiz(shown, after));
            }
            if (evaluation.isPresent() && i % 12 != 11) {
                Quiz q = evaluation.get();
                int number = i;
                run.take(learner, q, respondent(q, group, i), last.plus(Duration.ofMinutes(40)),
                        minutes(draw.between(5, 12)), shown -> DemoSurveys.evaluation(shown, draw, number));
            }
        }
        for (int i = 1; i <= SKM_RESPONDENTS && skm.isPresent(); i++) {
            String learner = String.format("%ss%02d", DemoStore.PREFIX, i);
            AttemptRow.Group group = i % 10 < 7 ? AttemptRow.Group.WARGA : AttemptRow.Group.APARAT;
            Instant when = at(first.minusDays(1).plusDays(i % 4), 9, 0).plus(minutes(draw.between(0, 360)));
            run.take(learner, skm.get(), respondent(skm.get(), group, PARTICIPANTS + i), when,
                    minutes(draw.between(3, 8)), shown -> DemoSurveys.skm(shown, draw));
        }
        return new Summary(PARTICIPANTS, skm.isPresent() ? SKM_RESPONDENTS : 0, run.sent(), skipped);
    }

    private Optional<Quiz> usable(String id, Run run, List<String> skipped) {
        Optional<Quiz> quiz = quizzes.find(id).filter(q -> !run.attempts().closed(q));
        if (quiz.isEmpty()) {
            skipped.add(id);
        }
        return quiz;
    }

    /** The profile a respondent gives: the group, a demo name where one is kept, the demo kelurahan. */
    private static AttemptRow.Respondent respondent(Quiz quiz, AttemptRow.Group group, int number) {
        var asked = quiz.settings().respondent();
        return new AttemptRow.Respondent(asked.group() ? Optional.of(group) : Optional.empty(),
                asked.name() && !quiz.settings().anonymous() ? Optional.of("Contoh " + number) : Optional.empty(),
                asked.kelurahan() ? Optional.of(KELURAHAN) : Optional.empty());
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private static Duration minutes(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }

    /** One load: the attempts it sends, at the moments the clock is set to. */
    private record Run(Attempts attempts, QuizStore store, DemoClock clock, DemoAnswers answers, SecureRandom ids,
                       Map<String, Integer> sent) {
        Run(Attempts attempts, QuizStore store, DemoClock clock, DemoAnswers answers) {
            this(attempts, store, clock, answers, new SecureRandom(), new TreeMap<>());
        }

        /**
         * Starts an attempt as {@link Attempts#start} does, but with its paper drawn from the demo's
         * seed; answers the questions on it, in the order shown; and sends it.
         */
        Optional<AttemptRow> take(String learner, Quiz quiz, AttemptRow.Respondent respondent, Instant start,
                                  Duration took, Function<List<Question>, Map<String, Answer>> answer) {
            clock.set(start);
            List<AttemptRow> history = attempts.history(learner, quiz);
            attempts.cannotStart(quiz, history).ifPresent(refusal -> {
                throw new IllegalStateException("a demo attempt at " + quiz.id() + " cannot start: " + refusal);
            });
            int number = history.stream().mapToInt(AttemptRow::number).max().orElse(0) + 1;
            Paper paper = answers.paper(quiz);
            AttemptRow attempt = store.start(new AttemptRow(newId(), quiz.id(), learner, number, paper.questions(),
                    clock.millis(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), respondent,
                    Optional.empty(), Optional.of(paper.options())), clock.millis());
            List<Question> shown = paper.questions().stream().map(id -> quiz.question(id).orElseThrow()).toList();
            clock.set(start.plus(took));
            Attempts.Result<Map<String, AnswerCheck.Invalid>> result = attempts.submit(quiz, attempt,
                    new QuizForm.Parsed(answer.apply(shown), Set.of(), Map.of()));
            Map<String, AnswerCheck.Invalid> invalid = result.value().orElse(Map.of());
            if (result.refusal().isPresent() || !invalid.isEmpty()) {
                throw new IllegalStateException("demo answers to " + quiz.id() + " refused: " + result + invalid);
            }
            sent.merge(quiz.id(), 1, Integer::sum);
            return attempts.attempt(learner, quiz, attempt.id());
        }

        /** An attempt id like the quiz pages give: 32 hex digits, not from the seed, as it is no data. */
        private String newId() {
            byte[] bytes = new byte[16];
            ids.nextBytes(bytes);
            StringBuilder id = new StringBuilder();
            for (byte b : bytes) {
                id.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return id.toString();
        }
    }
}
