package id.serambi.chat.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a WhatsApp service for one menu, as a pure function from (state, message, time)
 * to (next state, messages). Immutable and thread-safe: one engine serves every chat on the menu,
 * and a chat's state can be kept anywhere. Everything costly is prepared in the constructor.
 */
public final class ChatEngine {
    /** WhatsApp's limit for one text message. */
    public static final int MAX_TEXT = 4096;
    /** The app sends the greeting again after this long without messages. */
    public static final Duration GREETING_AFTER = Duration.ofDays(14);

    private final Menu menu;
    private final CompiledNode root;
    private final Set<String> triggers = new HashSet<>();
    private final Map<String, QuickReply> quickReplies = new LinkedHashMap<>();

    public ChatEngine(Menu menu) {
        this.menu = menu;
        this.root = new CompiledNode(menu, menu.root(), List.of(), null);
        for (String trigger : menu.triggers()) {
            triggers.add(ChatInput.normalize(trigger));
        }
        List<CompiledNode> all = new ArrayList<>();
        root.collect(all);
        for (CompiledNode n : all) {
            String label = n.isRoot() ? menu.triggers().isEmpty() ? "Menu" : menu.triggers().get(0) : n.node.label();
            quickReplies.putIfAbsent(n.node.shortcut().toLowerCase(java.util.Locale.ROOT),
                    new QuickReply(n.node.shortcut(), label, n.path, n.message));
        }
    }

    public Menu menu() {
        return menu;
    }

    /** The quick replies a staff member has in the app, top menu first, in menu order. */
    public List<QuickReply> quickReplies() {
        return List.copyOf(quickReplies.values());
    }

    /** The quick reply for a shortcut typed with or without its "/", ignoring case. */
    public Optional<QuickReply> quickReply(String shortcut) {
        String key = ChatInput.normalize(shortcut);
        return Optional.ofNullable(quickReplies.get(key.startsWith("/") ? key.substring(1) : key));
    }

    /** Whether the away schedule applies at {@code t}, whatever any chat has already been sent. */
    public boolean isAway(Instant t) {
        return menu.away().isPresent()
                && menu.away().get().appliesAt(LocalDateTime.ofInstant(t, menu.zone()), menu.profile().hours());
    }

    /** A citizen's message. */
    public Step receive(ChatState state, Mode mode, String text, Instant at) {
        Optional<Step.Outcome> refused = refuse(text);
        if (refused.isPresent()) {
            return new Step(refused.get(), state, List.of());
        }
        List<ChatMessage> out = new ArrayList<>(4);
        out.add(new ChatMessage(at, ChatMessage.Kind.INCOMING, text, List.of(), Optional.empty()));
        boolean greet = state.lastActivity().isEmpty()
                || Duration.between(state.lastActivity().get(), at).compareTo(GREETING_AFTER) >= 0;
        ChatState next = state;
        if (greet) {
            // a new conversation: the previous away message belongs to the old one
            next = next.withAwaySent(Optional.empty());
            out.add(auto(at, ChatMessage.Kind.GREETING, menu.greeting(), root));
        }
        if (awayDue(next, at)) {
            next = next.withAwaySent(Optional.of(at));
            out.add(auto(at, ChatMessage.Kind.AWAY, menu.away().orElseThrow().text(), root));
        }
        if (mode == Mode.API) {
            next = answer(next, ChatInput.normalize(text), at, greet, out);
        }
        return new Step(Step.Outcome.SENT, next.withActivity(at), out);
    }

    /** A staff member's message; "/shortcut" sends that quick reply's text. */
    public Step staff(ChatState state, String text, Instant at) {
        Optional<Step.Outcome> refused = refuse(text);
        if (refused.isPresent()) {
            return new Step(refused.get(), state, List.of());
        }
        ChatMessage message;
        if (text.strip().startsWith("/")) {
            Optional<QuickReply> reply = quickReply(text);
            if (reply.isEmpty()) {
                return new Step(Step.Outcome.UNKNOWN_SHORTCUT, state, List.of());
            }
            message = new ChatMessage(at, ChatMessage.Kind.QUICK_REPLY, reply.get().text(), reply.get().node(),
                    Optional.empty());
        } else {
            message = new ChatMessage(at, ChatMessage.Kind.OPERATOR, text, List.of(), Optional.empty());
        }
        ChatState next = state.queue() == ChatState.Queue.WAITING
                ? state.withQueue(ChatState.Queue.WITH_STAFF, state.waitingSince()) : state;
        return new Step(Step.Outcome.SENT, next.withActivity(at), List.of(message));
    }

    /** Staff hand the chat back to the bot. */
    public ChatState release(ChatState state) {
        return state.withQueue(ChatState.Queue.BOT, Optional.empty());
    }

    private static Optional<Step.Outcome> refuse(String text) {
        if (text == null || ChatInput.isBlank(text)) {
            return Optional.of(Step.Outcome.EMPTY);
        }
        return tooLong(text) ? Optional.of(Step.Outcome.TOO_LONG) : Optional.empty();
    }

    /** Over the limit in characters as a person counts them (an emoji is one), checked cheaply first. */
    public static boolean tooLong(String text) {
        return text.length() > MAX_TEXT && text.codePointCount(0, text.length()) > MAX_TEXT;
    }

    private boolean awayDue(ChatState state, Instant at) {
        if (menu.away().isEmpty()) {
            return false;
        }
        Away away = menu.away().get();
        LocalDateTime local = LocalDateTime.ofInstant(at, menu.zone());
        if (!away.appliesAt(local, menu.profile().hours())) {
            return false;
        }
        if (state.awaySentAt().isEmpty()) {
            return true;
        }
        Optional<Instant> start = away.periodStart(local, menu.profile().hours(), menu.zone());
        return start.isPresent() && state.awaySentAt().get().isBefore(start.get());
    }

    /** The bot's part (API mode): trigger, option, back, or fallback. */
    private ChatState answer(ChatState state, String input, Instant at, boolean greeted, List<ChatMessage> out) {
        if (triggers.contains(input)) {
            out.add(shown(at, root));
            return state.withAt(root.path).withQueue(ChatState.Queue.BOT, Optional.empty());
        }
        if (state.queue() != ChatState.Queue.BOT) {
            return state; // a person has the chat; the bot keeps quiet until released or the trigger
        }
        CompiledNode last = root.find(state.at());
        CompiledNode level = last.level();
        int choice = ChatInput.number(input);
        if (choice == ChatInput.NONE) {
            choice = level.labels.getOrDefault(input, ChatInput.NONE);
        }
        if (choice == ChatInput.BACK) {
            CompiledNode target = last == level && !level.isRoot() ? level.parent : level;
            out.add(shown(at, target));
            return state.withAt(target.path);
        }
        if (choice >= 1 && choice <= level.children.size()) {
            CompiledNode chosen = level.children.get(choice - 1);
            out.add(shown(at, chosen));
            ChatState next = state.withAt(chosen.path);
            return chosen.node instanceof MenuNode.HandOff
                    ? next.withQueue(ChatState.Queue.WAITING, Optional.of(at)) : next;
        }
        if (!greeted) {
            // right after the greeting, small talk ("Selamat pagi") needs no correction
            out.add(auto(at, ChatMessage.Kind.FALLBACK, level.fallback, level));
        }
        return state;
    }

    private static ChatMessage shown(Instant at, CompiledNode n) {
        ChatMessage.Kind kind = n.node instanceof MenuNode.SubMenu ? ChatMessage.Kind.MENU
                : n.node instanceof MenuNode.HandOff ? ChatMessage.Kind.HANDOFF : ChatMessage.Kind.ANSWER;
        return new ChatMessage(at, kind, n.message, n.path, n.interactive);
    }

    private static ChatMessage auto(Instant at, ChatMessage.Kind kind, String text, CompiledNode n) {
        return new ChatMessage(at, kind, text, kind == ChatMessage.Kind.FALLBACK ? n.path : List.of(), Optional.empty());
    }
}
