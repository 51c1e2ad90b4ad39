package id.serambi.i18n;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {
    private final Messages messages = new Messages();
    /** A single quote that is not doubled: MessageFormat would swallow it and what follows. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void both_bundles_have_the_same_keys() {
        Set<String> onlyId = new TreeSet<>(messages.keys(Lang.ID));
        onlyId.removeAll(messages.keys(Lang.EN));
        Set<String> onlyEn = new TreeSet<>(messages.keys(Lang.EN));
        onlyEn.removeAll(messages.keys(Lang.ID));
        assertEquals(Set.of(), onlyId, "keys missing from messages_en.properties");
        assertEquals(Set.of(), onlyEn, "keys missing from messages_id.properties");
    }

    @Test
    void every_message_is_a_valid_pattern_without_lone_quotes() {
        List<String> bad = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (String key : messages.keys(lang)) {
                String pattern = messages.find(lang, key).orElseThrow();
                try {
                    new MessageFormat(pattern);
                } catch (IllegalArgumentException e) {
                    bad.add(lang + " " + key + ": " + e.getMessage());
                }
                if (LONE_QUOTE.matcher(pattern).find()) {
                    bad.add(lang + " " + key + ": single quote must be written ''");
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void arguments_are_filled_in_and_quotes_kept() {
        assertEquals("kunci 'x' ditulis dua kali; hapus salah satunya",
                messages.get(Lang.ID, "content.field.duplicate", "x"));
        assertEquals("Module 3", messages.get(Lang.EN, "module.number", 3));
    }

    @Test
    void a_message_without_arguments_reads_as_messageformat_would_write_it() {
        assertEquals("'items' must list the module's contents (lesson, simulator, task, quiz, inbox, planner, design or checklist)",
                messages.get(Lang.EN, "content.module.items"));
        assertEquals("'items' must list the module's contents (lesson, simulator, task, quiz, inbox, planner, design or checklist)",
                messages.get(Lang.EN, "content.module.items"), "the same on the second look-up");
        assertEquals("Module {0}", messages.get(Lang.EN, "module.number"), "a missing argument stays visible");
        assertEquals("Modul 2", messages.get(Lang.ID, "module.number", 2), "then filled in when given");
    }

    @Test
    void an_unknown_key_is_shown_as_such_rather_than_failing() {
        assertEquals("??tidak.ada??", messages.get(Lang.ID, "tidak.ada"));
    }
}
