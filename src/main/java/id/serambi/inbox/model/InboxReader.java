package id.serambi.inbox.model;

import id.serambi.content.Problem;
import id.serambi.content.Text;
import id.serambi.content.YamlFields;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an inbox from {@code content/inbox/<id>.yaml} and checks it: every text an explanation
 * shows in both languages, a verdict from the five, every marked span found in its place, no two
 * overlapping, the office's number the one its menu publishes. Every problem names its file and line.
 */
public final class InboxReader {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP = Set.of("title", "description", "office", "messages");
    private static final Set<String> MESSAGE = Set.of("id", "from", "time", "forwarded", "text", "link", "file",
            "verdict", "explanation", "signs", "decoys");
    private static final Set<String> FROM = Set.of("name", "number", "about", "picture", "office");
    private static final Set<String> LINK = Set.of("url", "title", "outcome");
    private static final Set<String> FILE = Set.of("name", "size", "outcome");
    private static final Set<String> MARK = Set.of("id", "in", "quote", "why", "source");

    /** The office named by {@code office:}: its name and published number, from its menu's profile. */
    public record OfficeProfile(String name, String phone) {
    }

    private final Function<String, Optional<OfficeProfile>> offices;

    /** @param offices the profile of a menu in {@code content/menus/}, by menu id */
    public InboxReader(Function<String, Optional<OfficeProfile>> offices) {
        this.offices = offices;
    }

    public record Result(Optional<Inbox> inbox, List<Problem> problems) {
        public boolean ok() {
            return inbox.isPresent() && problems.isEmpty();
        }
    }

    public Result read(String id, String path, String yamlText) {
        List<Problem> problems = new ArrayList<>();
        YamlFields yaml = new YamlFields(path, 1, problems);
        Optional<Node> doc = yaml.parse(yamlText);
        if (doc.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(Problem.at(path, 1, "content.file.empty"));
            }
            return new Result(Optional.empty(), problems);
        }
        Optional<Inbox> inbox = new Reading(yaml).inbox(id, doc.get());
        Collections.sort(problems);
        return new Result(problems.isEmpty() ? inbox : Optional.empty(), List.copyOf(problems));
    }

    /** One file's reading, with its YAML and what it found so far. */
    private final class Reading {
        private final YamlFields yaml;
        private Optional<Inbox.Office> office = Optional.empty();

        Reading(YamlFields yaml) {
            this.yaml = yaml;
        }

        Optional<Inbox> inbox(String id, Node node) {
            Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "inbox", TOP);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Map<String, NodeTuple> f = fields.get();
            Optional<Text> title = bilingual(f, "title", node, true);
            Optional<Text> description = bilingual(f, "description", node, true);
            yaml.string(f, "office", node, false).ifPresent(menu -> {
                office = offices.apply(menu).map(p -> new Inbox.Office(menu, p.name(), p.phone()));
                if (office.isEmpty()) {
                    yaml.problem(f.get("office").getValueNode(), "inbox.file.office.menu", menu);
                }
            });
            List<Message> messages = new ArrayList<>();
            NodeTuple list = f.get("messages");
            if (list == null || !(list.getValueNode() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                yaml.problem(list == null ? yaml.line(node) : yaml.line(list.getKeyNode()), "inbox.file.messages");
            } else {
                Set<String> ids = new HashSet<>();
                for (Node item : seq.getValue()) {
                    message(item, ids).ifPresent(messages::add);
                }
            }
            if (title.isEmpty() || description.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Inbox(id, title.get(), description.get(), office, messages));
        }

        private Optional<Message> message(Node node, Set<String> ids) {
            Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "message", MESSAGE);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Map<String, NodeTuple> f = fields.get();
            Optional<String> id = id(f, node, ids);
            Optional<Sender> sender = child(f, "from", node).flatMap(this::sender);
            Optional<String> time = yaml.string(f, "time", node, true);
            Optional<Message.Forwarded> forwarded = choice(f, "forwarded", node, Message.Forwarded.class);
            Optional<String> text = yaml.string(f, "text", node, true);
            Optional<Attachment> link = f.containsKey("link")
                    ? attachment(f.get("link").getValueNode(), Attachment.Kind.LINK) : Optional.empty();
            Optional<Attachment> file = f.containsKey("file")
                    ? attachment(f.get("file").getValueNode(), Attachment.Kind.FILE) : Optional.empty();
            Optional<Verdict> verdict = yaml.string(f, "verdict", node, true).flatMap(v -> {
                Optional<Verdict> known = Verdict.of(v);
                if (known.isEmpty()) {
                    yaml.problem(f.get("verdict").getValueNode(), "inbox.file.verdict", v, codes(Verdict.values()));
                }
                return known;
            });
            Optional<Text> explanation = bilingual(f, "explanation", node, true);
            if (id.isEmpty() || sender.isEmpty() || time.isEmpty() || text.isEmpty() || verdict.isEmpty()
                    || explanation.isEmpty() || forwarded.isEmpty()) {
                return Optional.empty();
            }
            Message draft = new Message(id.get(), sender.get(), time.get(), forwarded.get(), text.get(), link, file,
                    verdict.get(), explanation.get(), List.of());
            List<Mark> marks = new ArrayList<>();
            Set<String> markIds = new HashSet<>();
            marks(f, "signs", true, draft, marks, markIds);
            marks(f, "decoys", false, draft, marks, markIds);
            overlaps(draft, marks);
            if (verdict.get() == Verdict.AMAN && marks.stream().anyMatch(Mark::sign)) {
                yaml.problem(f.get("signs").getKeyNode(), "inbox.file.safe.signs");
            } else if (verdict.get() != Verdict.AMAN && !written(f, "signs")) {
                yaml.problem(f.get("verdict").getKeyNode(), "inbox.file.signs.none", verdict.get().code());
            }
            return Optional.of(new Message(draft.id(), draft.sender(), draft.time(), draft.forwarded(), draft.text(),
                    link, file, draft.verdict(), draft.explanation(), marks));
        }

        private Optional<Sender> sender(Node node) {
            Optional<Map<String, NodeTuple>> fields = yaml.fields(node, "from", FROM);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Map<String, NodeTuple> f = fields.get();
            Optional<String> name = yaml.string(f, "name", node, false);
            Optional<String> number = yaml.string(f, "number", node, true);
            Optional<String> about = yaml.string(f, "about", node, false);
            Optional<Sender.Picture> picture = choice(f, "picture", node, Sender.Picture.class);
            Optional<String> officeFlag = yaml.string(f, "office", node, false);
            boolean isOffice = officeFlag.map("true"::equals).orElse(false);
            if (officeFlag.isPresent() && !isOffice && !officeFlag.get().equals("false")) {
                yaml.problem(f.get("office").getValueNode(), "inbox.file.boolean", "office");
            }
            if (number.isEmpty() || picture.isEmpty()) {
                return Optional.empty();
            }
            if (isOffice) {
                int line = yaml.line(f.get("office").getKeyNode());
                if (office.isEmpty()) {
                    yaml.problem(line, "inbox.file.office.none");
                } else if (!Sender.digits(number.get()).equals(Sender.digits(office.get().number()))) {
                    yaml.problem(line, "inbox.file.office.number", number.get(), office.get().menu(),
                            office.get().number());
                }
            }
            return Optional.of(new Sender(name, number.get(), about, picture.get(), isOffice));
        }

        private Optional<Attachment> attachment(Node node, Attachment.Kind kind) {
            boolean isLink = kind == Attachment.Kind.LINK;
            String what = isLink ? "link" : "file";
            Optional<Map<String, NodeTuple>> fields = yaml.fields(node, what, isLink ? LINK : FILE);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Map<String, NodeTuple> f = fields.get();
            Optional<String> label = yaml.string(f, isLink ? "url" : "name", node, true);
            Optional<String> title = yaml.string(f, isLink ? "title" : "size", node, false);
            Optional<Text> outcome = bilingual(f, "outcome", node, true);
            if (label.isEmpty() || outcome.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Attachment(kind, label.get(), title, outcome.get()));
        }

        private void marks(Map<String, NodeTuple> f, String key, boolean sign, Message message, List<Mark> marks,
                           Set<String> ids) {
            NodeTuple tuple = f.get(key);
            if (tuple == null || YamlFields.isNull(tuple.getValueNode())) {
                return;
            }
            if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
                yaml.problem(tuple.getValueNode(), "content.field.list", key);
                return;
            }
            for (Node item : seq.getValue()) {
                mark(item, sign, message, ids).ifPresent(marks::add);
            }
        }

        private Optional<Mark> mark(Node node, boolean sign, Message message, Set<String> ids) {
            Optional<Map<String, NodeTuple>> fields = yaml.fields(node, sign ? "sign" : "decoy", MARK);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Map<String, NodeTuple> f = fields.get();
            Optional<String> id = id(f, node, ids);
            Optional<Place> place = yaml.string(f, "in", node, false).map(p -> {
                Optional<Place> known = Place.of(p);
                if (known.isEmpty()) {
                    yaml.problem(f.get("in").getValueNode(), "inbox.file.place", p, codes(Place.values()));
                }
                return known;
            }).orElse(Optional.of(Place.TEXT));
            Optional<Text> why = bilingual(f, "why", node, true);
            Optional<Text> source = f.containsKey("source") ? yaml.text(f, "source", node, false) : Optional.empty();
            if (place.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> where = placeText(message, place.get());
            int placeLine = f.containsKey("in") ? yaml.line(f.get("in").getValueNode()) : yaml.line(node);
            if (where.isEmpty()) {
                yaml.problem(placeLine, "inbox.file.place.missing", place.get().code());
                return Optional.empty();
            }
            Optional<String> quote;
            if (place.get() == Place.FORWARDED) {
                quote = Optional.of(where.get());
            } else {
                quote = yaml.string(f, "quote", node, true);
            }
            if (id.isEmpty() || why.isEmpty() || quote.isEmpty()) {
                return Optional.empty();
            }
            int start = where.get().indexOf(quote.get());
            if (start < 0) {
                yaml.problem(f.get("quote").getValueNode(), "inbox.file.quote", quote.get(), place.get().code());
                return Optional.empty();
            }
            return Optional.of(new Mark(id.get(), place.get(), quote.get(), start, sign, why.get(), source));
        }

        private boolean written(Map<String, NodeTuple> f, String key) {
            return f.containsKey(key) && !YamlFields.isNull(f.get(key).getValueNode());
        }

        /** Two spans of one place may not overlap: a tap would not know which it meant. */
        private void overlaps(Message message, List<Mark> marks) {
            for (Place place : Place.values()) {
                List<Mark> here = marks.stream().filter(m -> m.place() == place)
                        .sorted(java.util.Comparator.comparingInt(Mark::start)).toList();
                for (int i = 1; i < here.size(); i++) {
                    if (here.get(i).start() < here.get(i - 1).end()) {
                        yaml.problem(lineOfMessage(message), "inbox.file.overlap", here.get(i).id(),
                                here.get(i - 1).id());
                    }
                }
            }
        }

        private int lineOfMessage(Message message) {
            return lines.getOrDefault(message.id(), 1);
        }

        private final Map<String, Integer> lines = new java.util.HashMap<>();

        private Optional<String> id(Map<String, NodeTuple> f, Node node, Set<String> ids) {
            Optional<String> id = yaml.string(f, "id", node, true);
            if (id.isEmpty()) {
                return id;
            }
            Node value = f.get("id").getValueNode();
            if (!ID.matcher(id.get()).matches()) {
                yaml.problem(value, "inbox.file.id", id.get());
                return Optional.empty();
            }
            if (!ids.add(id.get())) {
                yaml.problem(value, "inbox.file.duplicate", id.get());
                return Optional.empty();
            }
            lines.putIfAbsent(id.get(), yaml.line(node));
            return id;
        }

        private Optional<Node> child(Map<String, NodeTuple> f, String key, Node parent) {
            NodeTuple tuple = f.get(key);
            if (tuple == null || YamlFields.isNull(tuple.getValueNode())) {
                yaml.problem(tuple == null ? yaml.line(parent) : yaml.line(tuple.getKeyNode()),
                        "content.field.required", key);
                return Optional.empty();
            }
            return Optional.of(tuple.getValueNode());
        }

        /** A text the learner reads in the feedback: both languages are required. */
        private Optional<Text> bilingual(Map<String, NodeTuple> f, String key, Node parent, boolean required) {
            Optional<Text> text = yaml.text(f, key, parent, required);
            if (text.isPresent() && text.get().en().isEmpty()) {
                yaml.problem(yaml.line(f.get(key).getKeyNode()), "inbox.file.english", key);
                return Optional.empty();
            }
            return text;
        }

        /** An optional word from an enum, its constants written in lower case; the first constant if absent. */
        private <E extends Enum<E>> Optional<E> choice(Map<String, NodeTuple> f, String key, Node parent,
                                                       Class<E> type) {
            E[] values = type.getEnumConstants();
            Optional<String> word = yaml.string(f, key, parent, false);
            if (word.isEmpty()) {
                return f.containsKey(key) ? Optional.empty() : Optional.of(values[0]);
            }
            for (E value : values) {
                if (value.name().toLowerCase(Locale.ROOT).equals(word.get())) {
                    return Optional.of(value);
                }
            }
            yaml.problem(f.get(key).getValueNode(), "inbox.file.choice", key, word.get(),
                    Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            return Optional.empty();
        }
    }

    /** The string a place's spans are found in, when the message has that place. */
    static Optional<String> placeText(Message message, Place place) {
        return switch (place) {
            case TEXT -> Optional.of(message.text());
            case NAME -> message.sender().name();
            case NUMBER -> Optional.of(message.sender().number());
            case ABOUT -> message.sender().about();
            case FORWARDED -> message.forwarded() == Message.Forwarded.NO ? Optional.empty()
                    : Optional.of(message.forwarded().name().toLowerCase(Locale.ROOT));
            case LINK -> message.link().map(Attachment::label);
            case ATTACHMENT -> message.file().map(Attachment::label);
        };
    }

    private static String codes(Verdict[] values) {
        return Arrays.stream(values).map(Verdict::code).collect(Collectors.joining(", "));
    }

    private static String codes(Place[] values) {
        return Arrays.stream(values).map(Place::code).collect(Collectors.joining(", "));
    }
}
