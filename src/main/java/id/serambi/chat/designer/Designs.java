package id.serambi.chat.designer;

import id.serambi.chat.engine.ChatEngine;
import id.serambi.chat.engine.Menu;
import id.serambi.chat.menu.DesignedMenus;
import id.serambi.chat.menu.Finding;
import id.serambi.chat.menu.MenuLoader;
import id.serambi.chat.menu.MenuYaml;
import id.serambi.content.Problem;
import id.serambi.content.Text;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Menus staff design in the browser: each belongs to one visitor, every save is a new version
 * (the newest {@value #KEEP} are kept), and nothing is stored that the loader cannot read back or
 * that breaks a limit WhatsApp enforces. A menu is always checked through its YAML text, exactly
 * as a menu file is, so the designer and {@code validate} agree.
 */
public final class Designs implements DesignedMenus {
    /** Designed menus are served in the simulator as {@code /simulator/d-<id>}. */
    public static final String PREFIX = "d-";
    /** A design opened by its share link is served, to anyone, as {@code /simulator/s-<token>}. */
    public static final String SHARED = "s-";
    private static final int TOKEN_LENGTH = 24;
    public static final int KEEP = 20;
    /**
     * Findings that refuse a save: limits WhatsApp itself enforces (a message over 4,096
     * characters, a profile address or description too long, reply buttons and list messages the
     * platform would reject), a phone number wa.me cannot use, a personal NIK/KK number, and a
     * shortcut the app cannot type. Everything else (a missing service component, no way back, a
     * greeting without hours...) is advice: shown, but a draft may be saved with it.
     */
    public static final Set<String> REFUSING = Set.of("chat.check.text.long", "chat.check.nik", "chat.check.phone",
            "chat.check.profile.address", "chat.check.profile.description", "chat.check.body.long",
            "chat.check.shortcut.format", "chat.check.buttons.count", "chat.check.button.title",
            "chat.check.button.duplicate", "chat.check.list.button.missing", "chat.check.list.button.long",
            "chat.check.list.rows", "chat.check.row.title", "chat.check.row.description",
            "chat.check.section.title.missing", "chat.check.section.title.long", "chat.check.section.option",
            "chat.check.section.twice", "chat.check.section.missing");
    /** The prefix of every check finding's key; any other problem is about the file's structure. */
    private static final String FINDING = "chat.check.";
    private static final String FILE = "menu.yaml";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final DesignStore store;
    private final Clock clock;
    private final MenuLoader loader = new MenuLoader();
    private final SecureRandom random = new SecureRandom();
    /** Engines by {@code id@version}: a version never changes, so its engine can be reused. */
    private final Map<String, ChatEngine> engines = new ConcurrentHashMap<>();

    public Designs(DesignStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * A menu as checked: refused when it did not load, when part of it could not be read (a task
     * whose goal is no answer would be left out, so saving it would lose it), or when it has a
     * {@link #REFUSING} finding.
     */
    public record Checked(Optional<Menu> menu, String yaml, List<Problem> problems, List<Finding> findings) {
        public boolean refused() {
            return menu.isEmpty() || !structural().isEmpty() || !blocking().isEmpty();
        }

        public List<Finding> blocking() {
            return findings.stream().filter(f -> REFUSING.contains(f.key())).toList();
        }

        /** Problems with the text's structure rather than check findings: what could not be read. */
        public List<Problem> structural() {
            return problems.stream().filter(p -> !p.key().startsWith(FINDING)).toList();
        }
    }

    /** A designed menu's current version, loaded. */
    public record Design(DesignStore.Summary summary, Menu menu, List<Finding> findings) {
        public String id() {
            return summary.id();
        }

        public int version() {
            return summary.version();
        }
    }

    /** The owner's menu's share link token, made on first asking; empty when the menu is not theirs. */
    public Optional<String> share(String owner, String id) {
        if (store.find(id).filter(s -> s.owner().equals(owner)).isEmpty()) {
            return Optional.empty();
        }
        store.share(id, random(TOKEN_LENGTH), clock.millis());
        return store.shareToken(id);
    }

    /** Stops the owner's menu's share link; a link made later is a new one. False when the menu is not theirs. */
    public boolean unshare(String owner, String id) {
        if (store.find(id).filter(s -> s.owner().equals(owner)).isEmpty()) {
            return false;
        }
        store.unshare(id);
        return true;
    }

    /** The menu's share link token, if its owner has made one. */
    public Optional<String> shareToken(String owner, String id) {
        return store.find(id).filter(s -> s.owner().equals(owner)).flatMap(s -> store.shareToken(id));
    }

    /** Whether {@code token} is a share link that opens a menu. */
    public boolean isShared(String token) {
        return store.shared(token).isPresent();
    }

    public Checked check(String id, Menu menu) {
        return read(id, MenuYaml.write(menu), false);
    }

    /** Reads pasted or uploaded text: JSON when it starts with a brace, else YAML. */
    public Checked read(String id, String text, boolean maybeJson) {
        String trimmed = text.strip();
        MenuLoader.Result result = maybeJson && trimmed.startsWith("{")
                ? loader.readJson(PREFIX + id, FILE, text) : loader.readYaml(PREFIX + id, FILE, text);
        String yaml = result.menu().map(MenuYaml::write).orElse(text);
        return new Checked(result.menu(), yaml, result.problems(), result.findings());
    }

    public List<DesignStore.Summary> mine(String owner) {
        return store.byOwner(owner);
    }

    /** The owner's menu; empty for another visitor's, as if it did not exist. */
    public Optional<Design> open(String owner, String id) {
        return store.find(id).filter(s -> s.owner().equals(owner)).flatMap(s -> store.version(id, s.version())
                .map(v -> read(id, v.yaml(), false))
                .flatMap(c -> c.menu().map(m -> new Design(s, m, c.findings()))));
    }

    /** Stores a new menu as version 1; its id is returned. The check must have passed. */
    public String create(String owner, Checked checked, String note) {
        if (checked.refused()) {
            throw new IllegalArgumentException("refused menu");
        }
        String id = newId();
        Menu menu = checked.menu().orElseThrow();
        store.create(id, owner, menu.title().id(), checked.yaml(), note, clock.millis());
        return id;
    }

    /** A copy of another menu under a new id, with its practice tasks, checked as any new menu. */
    public Checked copyOf(Menu menu, String copyTitle) {
        Menu copy = new Menu(menu.id(), Text.of(copyTitle), menu.profile(), menu.zone(), menu.greeting(),
                menu.away(), menu.fallback(), menu.footer(), menu.triggers(), menu.prefill(), menu.root(),
                menu.tasks());
        return check("new", copy);
    }

    /**
     * Saves {@code checked} as the next version of the owner's menu, read at version {@code base}.
     * Empty when the menu is not theirs or was saved in between; the check must have passed.
     */
    public Optional<Integer> save(String owner, String id, int base, Checked checked, String note) {
        if (checked.refused()) {
            throw new IllegalArgumentException("refused menu");
        }
        if (store.find(id).filter(s -> s.owner().equals(owner)).isEmpty()) {
            return Optional.empty();
        }
        Menu menu = checked.menu().orElseThrow();
        return store.addVersion(id, base, menu.title().id(), checked.yaml(), note, clock.millis(), KEEP);
    }

    /**
     * Whether the change {@code edit}, made on version {@code base}, is what the menu's current
     * version already holds, saved right after {@code base}: the same save sent again, whose answer
     * was lost. Its owner then learns that it was saved, and no version is added.
     */
    public boolean alreadySaved(String owner, String id, int base, Function<Menu, Optional<Menu>> edit) {
        Optional<DesignStore.Summary> summary = store.find(id).filter(s -> s.owner().equals(owner))
                .filter(s -> s.version() == base + 1);
        Optional<String> current = summary.flatMap(s -> store.version(id, s.version())).map(DesignStore.Version::yaml);
        Optional<Menu> before = summary.flatMap(s -> store.version(id, base)).flatMap(v -> read(id, v.yaml(), false).menu());
        Optional<String> redone = before.flatMap(edit).map(m -> check(id, m)).filter(c -> !c.refused())
                .map(Checked::yaml);
        return current.isPresent() && current.equals(redone);
    }

    /** Makes an old version current again, as a new version. */
    public Optional<Integer> restore(String owner, String id, int number) {
        Optional<DesignStore.Summary> summary = store.find(id).filter(s -> s.owner().equals(owner));
        Optional<DesignStore.Version> version = summary.flatMap(s -> store.version(id, number));
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Checked checked = read(id, version.get().yaml(), false);
        String title = checked.menu().map(m -> m.title().id()).orElse(summary.get().title());
        return store.addVersion(id, summary.get().version(), title, version.get().yaml(), "restore",
                clock.millis(), KEEP);
    }

    public List<DesignStore.Version> versions(String owner, String id) {
        return store.find(id).filter(s -> s.owner().equals(owner)).map(s -> store.versions(id)).orElse(List.of());
    }

    public boolean delete(String owner, String id) {
        if (store.find(id).filter(s -> s.owner().equals(owner)).isEmpty()) {
            return false;
        }
        store.delete(id);
        return true;
    }

    /**
     * {@code d-<id>}: the owner's own menu; {@code s-<token>}: the menu a share link opens, to
     * anyone, read-only like any menu in the simulator, in its current version.
     */
    @Override
    public Optional<ChatEngine> engine(String menuId, String learnerId) {
        Optional<DesignStore.Summary> summary;
        if (menuId.startsWith(PREFIX)) {
            summary = store.find(menuId.substring(PREFIX.length())).filter(s -> s.owner().equals(learnerId));
        } else if (menuId.startsWith(SHARED)) {
            summary = store.shared(menuId.substring(SHARED.length())).flatMap(store::find);
        } else {
            return Optional.empty();
        }
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        String id = summary.get().id();
        String key = menuId + "@" + summary.get().version();
        ChatEngine cached = engines.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ChatEngine> engine = store.version(id, summary.get().version())
                .map(v -> loader.readYaml(menuId, FILE, v.yaml()).menu()).flatMap(m -> m).map(ChatEngine::new);
        if (engines.size() > 500) {
            engines.clear(); // a bound, not a policy: engines are cheap to build again
        }
        engine.ifPresent(e -> engines.put(key, e));
        return engine;
    }

    private String newId() {
        return random(12);
    }

    private String random(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
