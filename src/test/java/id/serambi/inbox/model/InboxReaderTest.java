package id.serambi.inbox.model;

import id.serambi.content.Problem;
import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem of an inbox file is found and named with its line. */
class InboxReaderTest {
    private static final String PATH = "content/inbox/uji.yaml";
    private final InboxReader reader = new InboxReader(menu -> menu.equals("madatte")
            ? Optional.of(new InboxReader.OfficeProfile("Kelurahan Madatte", "6282393498882")) : Optional.empty());
    private final Messages messages = new Messages();

    /** A small good file; line numbers in the tests below count from its first line. */
    static final String GOOD = """
            title: {id: Uji, en: Test}
            description: {id: Pesan uji., en: Test messages.}
            office: madatte
            messages:
              - id: otp
                from:
                  number: "+62 821-0000-1111"
                time: "09.00"
                text: Tolong kirim *kode OTP* ya
                verdict: penipuan
                explanation: {id: Jangan., en: Don't.}
                signs:
                  - id: kode
                    quote: kode OTP
                    why: {id: Rahasia., en: Secret.}
                decoys:
                  - id: tolong
                    quote: Tolong
                    why: {id: Sopan., en: Polite.}
              - id: kantor
                from:
                  name: Kelurahan Madatte
                  number: "+62 823-9349-8882"
                  office: true
                time: "08.00"
                text: Kantor buka
                verdict: aman
                explanation: {id: Aman., en: Safe.}
            """;

    private List<String> problems(String yaml) {
        InboxReader.Result result = reader.read("uji", PATH, yaml);
        return result.problems().stream().map(this::shown).toList();
    }

    private String shown(Problem p) {
        return p.path() + ":" + p.line() + ": " + messages.get(Lang.EN, p.key(), p.args().toArray());
    }

    @Test
    void a_good_file_reads_with_its_marks_in_place() {
        InboxReader.Result result = reader.read("uji", PATH, GOOD);
        assertEquals(List.of(), result.problems());
        Message otp = result.inbox().orElseThrow().message("otp").orElseThrow();
        assertEquals(List.of("tolong", "kode"), otp.in(Place.TEXT).stream().map(Mark::id).toList());
        assertEquals(14, otp.mark("kode").orElseThrow().start());
    }

    @Test
    void a_sign_outside_its_message_names_the_quote_and_its_line() {
        assertEquals(List.of(PATH + ":14: quote 'kode PIN' is not in this message's 'text'; copy the words exactly"),
                problems(GOOD.replace("quote: kode OTP", "quote: kode PIN")));
    }

    @Test
    void an_unknown_verdict_is_named_with_the_allowed_ones() {
        assertEquals(List.of(PATH + ":10: unknown verdict 'tipuan'; allowed: aman, hoaks, penipuan, phishing, "
                + "minta-data-pribadi"), problems(GOOD.replace("verdict: penipuan", "verdict: tipuan")));
    }

    @Test
    void a_missing_translation_is_named() {
        assertEquals(List.of(PATH + ":15: 'why' needs an English translation: write id: (Indonesian) and en: (English) under it"),
                problems(GOOD.replace("why: {id: Rahasia., en: Secret.}", "why: Rahasia.")));
    }

    @Test
    void a_number_marked_as_the_office_must_be_its_published_one() {
        assertEquals(List.of(PATH + ":24: number +62 823-0000-0000 is marked as the office's, but the official "
                        + "number in menu 'madatte' is 6282393498882"),
                problems(GOOD.replace("+62 823-9349-8882", "+62 823-0000-0000")));
    }

    @Test
    void overlapping_and_misplaced_marks_and_repeated_ids_are_found() {
        List<String> found = problems(GOOD.replace("- id: kantor", "- id: otp")
                .replace("quote: kode OTP", "in: link\n        quote: kode OTP"));
        assertEquals(List.of(
                PATH + ":14: this message has no 'link', so nothing can be marked there",
                PATH + ":21: id 'otp' is already used; every id must differ"), found);
        List<String> overlap = problems(GOOD.replace("quote: Tolong", "quote: \"kirim *kode\""));
        assertEquals(List.of(PATH + ":5: sign 'kode' overlaps 'tolong'; marked spans must not overlap"), overlap);
    }

    @Test
    void a_safe_message_has_no_signs_and_another_needs_one() {
        List<String> found = problems(GOOD.replace("verdict: penipuan", "verdict: aman"));
        assertTrue(found.get(0).startsWith(PATH + ":12: a message judged 'aman' has no warning signs"), found.toString());
        found = problems(GOOD.replace("verdict: aman", "verdict: hoaks"));
        assertEquals(List.of(PATH + ":27: a 'hoaks' message needs at least one warning sign (signs)"), found);
    }

    @Test
    void broken_yaml_names_its_line() {
        List<String> found = problems(GOOD.replace("time: \"09.00\"", "time: [09.00"));
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith(PATH + ":"), found.toString());
    }
}
