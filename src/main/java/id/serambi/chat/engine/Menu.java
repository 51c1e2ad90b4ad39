package id.serambi.chat.engine;

import id.serambi.content.Text;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A kelurahan's WhatsApp auto-reply menu: what the office's number says, when, and the tree of
 * numbered options behind the trigger word. The message texts are the office's own words to
 * citizens, so they are written once, in Indonesian; only the title and tasks are bilingual.
 *
 * @param zone     the office's time zone: business hours and the away schedule are read in it
 * @param footer   appended to every sub-menu and answer, typically how to go back ("Ketik 0 ...")
 * @param triggers the words that open the top menu, as the author wrote them ("Menu")
 * @param prefill  the text prefilled by the wa.me link and its QR code; the first trigger when empty
 */
public record Menu(String id, Text title, Profile profile, ZoneId zone, String greeting, Optional<Away> away,
                   String fallback, Optional<String> footer, List<String> triggers, Optional<String> prefill,
                   MenuNode.SubMenu root, List<Task> tasks) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Makassar");

    public Menu {
        triggers = List.copyOf(triggers);
        tasks = List.copyOf(tasks);
    }

    /** The text a wa.me link or poster QR code prefills. */
    public String prefillText() {
        return prefill.orElse(triggers.isEmpty() ? "" : triggers.get(0));
    }

    /** The node at {@code path} (option numbers from the top, 1-based); empty if there is none. */
    public Optional<MenuNode> node(List<Integer> path) {
        MenuNode at = root;
        for (int number : path) {
            if (!(at instanceof MenuNode.SubMenu sub) || number < 1 || number > sub.options().size()) {
                return Optional.empty();
            }
            at = sub.options().get(number - 1);
        }
        return Optional.of(at);
    }

    public Optional<Task> task(String taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    /** A path as findings and authors write it: {@code 2 > 1}; the top menu is {@code menu}. */
    public static String display(List<Integer> path) {
        if (path.isEmpty()) {
            return "menu";
        }
        StringBuilder out = new StringBuilder();
        for (int number : path) {
            if (out.length() > 0) {
                out.append(" > ");
            }
            out.append(number);
        }
        return out.toString();
    }
}
