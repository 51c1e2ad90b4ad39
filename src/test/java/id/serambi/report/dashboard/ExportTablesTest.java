package id.serambi.report.dashboard;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.quiz.model.Answer;
import id.serambi.quiz.model.Question;
import id.serambi.quiz.model.Quiz;
import id.serambi.quiz.model.Settings;
import id.serambi.quiz.result.Attempt;
import id.serambi.quiz.result.Group;
import id.serambi.quiz.result.Response;
import id.serambi.quiz.result.TextAnswer;
import id.serambi.report.stats.Fixtures;
import id.serambi.report.summary.Summaries;
import id.serambi.report.summary.SummariesTest;
import id.serambi.report.summary.Summary;
import id.serambi.report.table.Cell;
import id.serambi.report.table.Table;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

public class ExportTablesTest {
    public static final ExportWords WORDS = new ExportWords("Respons", "Peserta", "Kelompok", "Waktu", "Pelatihan", "Nilai (%)",
            "Warga", "Aparat", "Lainnya", "Ya", "Tidak", "Pilihan", "Jumlah", "Persen", "Setuju", "Netral",
            "Tidak setuju", "Rata-rata", "Jawaban");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    public static List<Response> responses() {
        return List.of(
                new Response("r2", Optional.of(Group.APARAT), Instant.parse("2025-03-01T03:05:00Z"), Optional.of("w1"),
                        Map.of("layanan", new Answer.Choices(List.of("domisili", "skck"), "Surat pindah"),
                                "puas", new Answer.Scale(4), "saran", new Answer.Typed("=1+1"))),
                new Response("r1", Optional.of(Group.WARGA), Instant.parse("2025-03-01T02:00:00Z"), Optional.empty(),
                        Map.of("puas", new Answer.Scale(5), "saran", new Answer.Typed("Rahasia pribadi"))));
    }

    @Test
    void one_row_per_response_oldest_first_with_local_times_and_option_texts() {
        // 02:00 UTC is 10:00 in Makassar (UTC+8).
        Table t = ExportTables.responses(SummariesTest.FORM, responses(), Set.of(new TextAnswer.Key("r1", "saran")),
                Lang.ID, WORDS, WITA);
        assertEquals(List.of("Respons", "Kelompok", "Waktu", "Pelatihan", "Layanan apa?", "Pernyataan puas",
                "Pernyataan jelas", "Nilai", "Saran"), t.header());
        assertEquals(List.of(Cell.of("r1"), Cell.of("Warga"), Cell.of("2025-03-01 10:00"), Cell.of(""), Cell.of(""),
                Cell.of(5), Cell.of(""), Cell.of(""), Cell.of("")), t.rows().get(0), "the hidden answer is left out");
        assertEquals(List.of(Cell.of("r2"), Cell.of("Aparat"), Cell.of("2025-03-01 11:05"), Cell.of("w1"),
                Cell.of("Kelakuan baik; Domisili; Lainnya: Surat pindah"), Cell.of(4), Cell.of(""), Cell.of(""),
                Cell.of("=1+1")), t.rows().get(1), "options in the question's order; neutralising is the writer's job");
        assertEquals("Evaluasi", t.caption());
    }

    @Test
    void attempts_give_the_score_and_each_graded_mark() {
        Question.TrueFalse tf = new Question.TrueFalse("b1", Text.of("Benar?"), 1, Optional.empty(), 1, true,
                Optional.empty(), Optional.empty());
        Question.Likert note = Fixtures.likert("kesan", 5, Optional.empty());
        Question.TrueFalse tf2 = new Question.TrueFalse("b2", Text.of("Salah?"), 2, Optional.empty(), 1, false,
                Optional.empty(), Optional.empty());
        Quiz quiz = new Quiz("kuis", Quiz.Kind.QUIZ, Text.of("Kuis"), Optional.empty(), Settings.quizDefaults(),
                List.of(tf, note, tf2));
        Attempt a = new Attempt("p1", Optional.empty(), Instant.parse("2025-03-01T02:00:00Z"), Optional.empty(),
                List.of(new Attempt.Mark("b1", 1, 1), new Attempt.Mark("b2", 0.5, 2)));
        // Score (1 + 0.5) / 3 = 50%.
        Table t = ExportTables.attempts(quiz, List.of(a), Lang.EN, WORDS, WITA);
        assertEquals(List.of("Peserta", "Kelompok", "Waktu", "Pelatihan", "Nilai (%)", "Benar?", "Salah?"), t.header());
        assertEquals(List.of(Cell.of("p1"), Cell.of(""), Cell.of("2025-03-01 10:00"), Cell.of(""), Cell.of(50.0, 1),
                Cell.of(1.0, 2), Cell.of(0.5, 2)), t.rows().get(0));
    }

    @Test
    void summary_tables_list_counts_shares_and_visible_others() {
        List<Summary> summaries = Summaries.of(SummariesTest.FORM, responses(), Set.of());
        // Services: only r2 answered: skck 1 and domisili 1 (100% each), then nikah and usaha 0, Lainnya 1.
        Table services = SummaryTables.of(summaries.get(0), Lang.ID, WORDS);
        assertEquals("Layanan apa?", services.caption());
        assertEquals(List.of(
                List.of("Kelakuan baik", "1", "100,0"), List.of("Domisili", "1", "100,0"),
                List.of("Belum menikah", "0", "0,0"), List.of("Usaha", "0", "0,0"), List.of("Lainnya", "1", "100,0"),
                List.of("n", "1", ""), List.of("Lainnya: Surat pindah", "", "")), services.shown(Lang.ID.locale()));
        // Likert 5 and 4: disagree 0, neutral 0, agree 100.
        Table likert = SummaryTables.of(summaries.get(1), Lang.ID, WORDS);
        assertEquals(List.of("n", "2", ""), likert.shown(Lang.ID.locale()).get(5));
        assertEquals(List.of("Setuju", "", "100,0"), likert.shown(Lang.ID.locale()).get(8));
        Table text = SummaryTables.of(summaries.get(4), Lang.ID, WORDS);
        assertEquals(List.of(List.of("Rahasia pribadi"), List.of("=1+1")), text.shown(Lang.ID.locale()));
    }
}
