package id.serambi.workshop.live;

import id.serambi.content.Text;
import id.serambi.i18n.Lang;
import id.serambi.workshop.model.Item;
import id.serambi.workshop.model.Workshop;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A workshop's room at one moment, as phones and the projector follow it: whether it is open, what
 * the trainer opened, how many joined and are connected, and how many seats are done with the open
 * step and how many are under way.
 *
 * @param connected seats seen in the last {@link RoomPulse#CONNECTED}
 * @param sent      seats done with the open step: sent the quiz, read every lesson of the module,
 *                  reached the practice task (0 when nothing is open)
 * @param answering seats under way: a draft of the quiz not sent, some lessons of the module read
 */
public record RoomSnapshot(String workshopId, Workshop.State state, Optional<OpenItem> item, int joined,
                           int connected, int sent, int answering) {

    /** The open item with its title in both languages. */
    public record OpenItem(Item item, Text title) {
    }

    /**
     * Changes whenever anything a listener shows changes; listeners compare it with the last one
     * they had instead of comparing every field.
     */
    public String version() {
        return state.name().charAt(0) + "." + item.map(i -> i.item().code()).orElse("-") + "." + joined + "."
                + connected + "." + sent + "." + answering;
    }

    /** The snapshot as the JSON of {@code /keadaan} and of the live events, with the title in {@code lang}. */
    public Map<String, Object> json(Lang lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version());
        m.put("state", state.name().toLowerCase(Locale.ROOT));
        m.put("item", item.map(i -> {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("kind", i.item().kind().prefix());
            it.put("code", i.item().code());
            it.put("title", i.title().in(lang));
            it.put("url", i.item().url());
            i.item().startUrl().ifPresent(start -> it.put("start", start));
            return it;
        }).orElse(null));
        m.put("joined", joined);
        m.put("connected", connected);
        m.put("sent", sent);
        m.put("answering", answering);
        return m;
    }
}
