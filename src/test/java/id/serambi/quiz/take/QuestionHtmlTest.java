package id.serambi.quiz.take;

import id.serambi.i18n.Lang;
import id.serambi.i18n.Messages;
import id.serambi.web.Templates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The questions of a take page, drawn once per look and kept. */
class QuestionHtmlTest {
    private final Messages messages = new Messages();
    private final QuestionHtml html = new QuestionHtml(new Templates(messages));

    private static QuestionView choice(String chosen, String typed) {
        return new QuestionView("saluran", 3, "Saluran mana yang <b>resmi</b>?", "choice", "radio", "q-saluran",
                List.of(new QuestionView.Option("wa", "WhatsApp", chosen.equals("wa")),
                        new QuestionView.Option("ig", "Instagram", chosen.equals("ig"))),
                new QuestionView.Other(chosen.equals("+lainnya"), typed), List.of(), "", 0, null, null, false, true,
                null);
    }

    /** Whether the option with this value is checked in the drawn HTML. */
    private static boolean checked(String html, String value) {
        return java.util.regex.Pattern.compile("value=\"" + value + "\"[^>]*checked").matcher(html).find();
    }

    @Test
    void aQuestionSeenAgainInTheSameStateIsTheHtmlDrawnBefore() {
        String first = html.editable(List.of(choice("wa", "")), false, Lang.ID).get(0);
        String again = html.editable(List.of(choice("wa", "")), false, Lang.ID).get(0);
        assertEquals(first, again);
        assertEquals(1, html.drawn(), "drawn once");
        assertTrue(checked(first, "wa"), first);
        assertTrue(first.contains("Saluran mana yang &lt;b&gt;resmi&lt;/b&gt;?"), "the prompt is escaped: " + first);
    }

    @Test
    void anotherAnswerOrLanguageIsDrawnAnew() {
        String wa = html.editable(List.of(choice("wa", "")), false, Lang.ID).get(0);
        String ig = html.editable(List.of(choice("ig", "")), false, Lang.ID).get(0);
        assertTrue(checked(ig, "ig"), ig);
        assertTrue(!checked(ig, "wa"), ig);
        assertNotEquals(wa, ig);
        String typed = html.editable(List.of(choice("+lainnya", "<script>x</script>")), false, Lang.ID).get(0);
        assertTrue(typed.contains("value=\"&lt;script&gt;x&lt;/script&gt;\""), "typed text is escaped: " + typed);
        String english = html.editable(List.of(choice("wa", "")), false, Lang.EN).get(0);
        assertTrue(english.contains(messages.get(Lang.EN, "quiz.other")), english);
        assertTrue(wa.contains(messages.get(Lang.ID, "quiz.other")), wa);
        assertNotEquals(wa, english);
    }

    @Test
    void theSameQuestionUnderAnotherNumberShowsItsOwnNumber() {
        String third = html.editable(List.of(choice("wa", "")), false, Lang.ID).get(0);
        String seventh = html.editable(List.of(choice("wa", "").numbered(7)), false, Lang.ID).get(0);
        assertEquals(1, html.drawn(), "one drawing serves every number");
        assertTrue(third.contains("<span class=\"q-num\">3</span>"), third);
        assertTrue(seventh.contains("<span class=\"q-num\">7</span>"), seventh);
        assertEquals(third.replace("<span class=\"q-num\">3</span>", ""),
                seventh.replace("<span class=\"q-num\">7</span>", ""));
    }

    @Test
    void thePageKeepsTheOrderOfItsQuestions() {
        List<String> drawn = html.editable(List.of(choice("ig", ""), choice("wa", "")), false, Lang.ID);
        assertEquals(2, drawn.size());
        assertTrue(checked(drawn.get(0), "ig"));
        assertTrue(checked(drawn.get(1), "wa"));
    }
}
