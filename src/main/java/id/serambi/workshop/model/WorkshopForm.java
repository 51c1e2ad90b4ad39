package id.serambi.workshop.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The set-up form of a workshop as posted, and what is wrong with it. Errors are message keys by
 * field name, so the page can show each beside its field and keep everything else the trainer typed.
 * An id that is not in the catalogs can only come from a forged or stale form, and is refused too.
 */
public record WorkshopForm(String title, String kelurahan, String place, String date, String capacity,
                           List<String> modules, String preTest, List<String> moduleQuizzes, String postTest,
                           String evaluation, String skm, List<String> tasks) {
    public static final int DEFAULT_CAPACITY = 50;
    static final int MAX_TITLE = 200;
    static final int MAX_KELURAHAN = 100;

    public WorkshopForm {
        title = clean(title);
        kelurahan = clean(kelurahan);
        place = clean(place);
        date = clean(date);
        capacity = clean(capacity);
        modules = List.copyOf(modules);
        moduleQuizzes = List.copyOf(moduleQuizzes);
        preTest = clean(preTest);
        postTest = clean(postTest);
        evaluation = clean(evaluation);
        skm = clean(skm);
        tasks = List.copyOf(tasks);
    }

    /** Either the workshop the form describes, as a draft of {@code owner}, or the errors by field. */
    public record Checked(Optional<Workshop> workshop, Map<String, String> errors) {
    }

    /**
     * The form a trainer starts from: the usual roles filled in where the course has them (every
     * module with its quizzes, the pre-test {@code tes-awal}, the post-test {@code tes-akhir}, the
     * evaluation {@code evaluasi-pelatihan} and the SKM {@code skm}).
     *
     * @param moduleQuizzes the quizzes the modules list, in their order
     */
    public static WorkshopForm proposed(LocalDate today, List<String> modules, List<String> moduleQuizzes,
                                        Set<String> quizzes, Set<String> questionnaires) {
        return new WorkshopForm("", "", "", today.toString(), Integer.toString(DEFAULT_CAPACITY), modules,
                quizzes.contains("tes-awal") ? "tes-awal" : "", moduleQuizzes,
                quizzes.contains("tes-akhir") ? "tes-akhir" : "",
                questionnaires.contains("evaluasi-pelatihan") ? "evaluasi-pelatihan" : "",
                questionnaires.contains("skm") ? "skm" : "", List.of());
    }

    /**
     * @param knownQuizzes   every quiz and questionnaire of the catalog
     * @param questionnaires those of them that are questionnaires: the evaluation and the SKM are,
     *                       the pre-test, post-test and module quizzes are not
     * @param knownTasks     the simulator's practice tasks as {@code <menu>/<task>}
     */
    public Checked check(String owner, Set<String> knownModules, Set<String> knownQuizzes, Set<String> questionnaires,
                         Set<String> knownTasks) {
        Map<String, String> errors = new LinkedHashMap<>();
        required("judul", title, MAX_TITLE, errors);
        required("kelurahan", kelurahan, MAX_KELURAHAN, errors);
        required("tempat", place, MAX_TITLE, errors);
        LocalDate day = null;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            errors.put("tanggal", "workshop.error.date");
        }
        int seats = 0;
        try {
            seats = Integer.parseInt(capacity);
        } catch (NumberFormatException e) {
            seats = -1;
        }
        if (seats < 1 || seats > Workshop.MAX_CAPACITY) {
            errors.put("kapasitas", "workshop.error.capacity");
        }
        if (!knownModules.containsAll(modules)) {
            errors.put("modul", "workshop.error.unknown");
        }
        List<String> chosen = new java.util.ArrayList<>(moduleQuizzes);
        for (String one : List.of(preTest, postTest, evaluation, skm)) {
            if (!one.isEmpty()) {
                chosen.add(one);
            }
        }
        if (!knownQuizzes.containsAll(chosen)) {
            errors.put("kuis", "workshop.error.unknown");
        } else if (Stream.concat(Stream.of(preTest, postTest), moduleQuizzes.stream()).anyMatch(questionnaires::contains)
                || Stream.of(evaluation, skm).anyMatch(id -> !id.isEmpty() && !questionnaires.contains(id))) {
            errors.put("kuis", "workshop.error.kind");
        }
        if (!knownTasks.containsAll(tasks)) {
            errors.put("latihan", "workshop.error.unknown");
        }
        if (!errors.isEmpty()) {
            return new Checked(Optional.empty(), errors);
        }
        Workshop.Quizzes quizzes = new Workshop.Quizzes(optional(preTest), moduleQuizzes, optional(postTest),
                optional(evaluation), optional(skm));
        return new Checked(Optional.of(new Workshop("", Optional.empty(), title, kelurahan, place, day, owner,
                modules, quizzes, tasks, Workshop.State.DRAFT, Optional.empty(), seats)), Map.of());
    }

    private static void required(String field, String value, int max, Map<String, String> errors) {
        if (value.isEmpty()) {
            errors.put(field, "workshop.error.required");
        } else if (value.length() > max) {
            errors.put(field, "workshop.error.long");
        }
    }

    private static Optional<String> optional(String id) {
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
