package id.serambi.chat.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plays a chat written as a table, one message per line, and checks every reply:
 * <pre>
 * time             | who and text    | replies expected          | more checks
 * 2021-02-22 09:00 | W Selamat pagi  | GREETING                  |
 * +1m              | W Menu          | MENU menu                 |
 * +1m              | W " 1 "         | ANSWER 1                  | ~Jalan Mr. Muh. Yamin
 * +14d             | S /alamat       | QUICK_REPLY 1             | queue=BOT
 * </pre>
 * Time is local to the menu's zone, absolute or "+" a duration (d, h, m). W is the citizen, S a
 * staff member, R a staff member releasing the chat to the bot. Replies are kinds, each with its
 * node ({@code 2>1}, {@code menu} for the top) when it should be checked; {@code -} is none and
 * {@code refused OUTCOME} a refused message. "~text" expects text in a reply.
 */
public final class Transcript {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Transcript() {
    }

    public static Conversation play(Menu menu, Mode mode, String table) {
        Conversation chat = new Conversation(new ChatEngine(menu), mode);
        LocalDateTime now = null;
        int row = 0;
        for (String line : table.strip().split("\n")) {
            row++;
            String[] cols = line.split("\\|", -1);
            String time = cols[0].strip();
            now = time.startsWith("+") ? now.plus(duration(time.substring(1))) : LocalDateTime.parse(time, TIME);
            Instant at = now.atZone(menu.zone()).toInstant();
            String act = cols[1].strip();
            String text = unquote(act.substring(1).strip());
            String where = "row " + row + " (" + line.strip() + ")";
            if (act.startsWith("R")) {
                chat.release();
                continue;
            }
            Step step = act.startsWith("S") ? chat.staff(text, at) : chat.send(text, at);
            assertEquals(cols[2].strip(), describe(step), where);
            String more = cols.length > 3 ? cols[3].strip() : "";
            for (String check : more.isEmpty() ? new String[0] : more.split(";")) {
                check = check.strip();
                if (check.startsWith("~")) {
                    String all = step.messages().stream().skip(act.startsWith("S") ? 0 : 1)
                            .map(ChatMessage::text).collect(Collectors.joining("\n"));
                    assertTrue(all.contains(check.substring(1)), where + ": expected '" + check.substring(1)
                            + "' in\n" + all);
                } else if (check.startsWith("queue=")) {
                    assertEquals(check.substring(6), chat.state().queue().name(), where);
                } else {
                    throw new IllegalArgumentException("unknown check " + check);
                }
            }
            step.messages().forEach(m -> assertEquals(at, m.at(), where + ": replies carry the message's time"));
        }
        return chat;
    }

    /** The replies as the table writes them. */
    static String describe(Step step) {
        if (!step.sent()) {
            return "refused " + step.outcome();
        }
        boolean fromCitizen = step.messages().get(0).author() == ChatMessage.Author.CITIZEN;
        List<String> out = new ArrayList<>();
        for (ChatMessage m : fromCitizen ? step.replies() : step.messages()) {
            boolean hasNode = m.kind() == ChatMessage.Kind.MENU || m.kind() == ChatMessage.Kind.ANSWER
                    || m.kind() == ChatMessage.Kind.HANDOFF || m.kind() == ChatMessage.Kind.QUICK_REPLY;
            out.add(hasNode ? m.kind() + " " + node(m.node()) : m.kind().name());
        }
        return out.isEmpty() ? "-" : String.join(", ", out);
    }

    private static String node(List<Integer> path) {
        return path.isEmpty() ? "menu" : path.stream().map(String::valueOf).collect(Collectors.joining(">"));
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    private static Duration duration(String text) {
        Duration total = Duration.ZERO;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char unit = text.charAt(i);
            if (Character.isLetter(unit)) {
                long n = Long.parseLong(text.substring(start, i));
                total = total.plus(unit == 'd' ? Duration.ofDays(n) : unit == 'h' ? Duration.ofHours(n)
                        : Duration.ofMinutes(n));
                start = i + 1;
            }
        }
        return total;
    }
}
