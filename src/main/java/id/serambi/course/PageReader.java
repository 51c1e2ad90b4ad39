package id.serambi.course;

import id.serambi.content.ContentFiles;
import id.serambi.content.Problem;
import id.serambi.content.YamlFields;
import id.serambi.i18n.Lang;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the Markdown pages of one folder beside the lessons: facilitator guides
 * ({@code content/guides/}: {@code title}, {@code description}, {@code minutes}) or quick-reference
 * cards ({@code content/cards/}: {@code title}, {@code description}, {@code sources}). Each
 * {@code name.md} may have an English twin {@code name.en.md} with {@code title} and
 * {@code description} (and the same {@code minutes}). Bodies are rendered as lessons are.
 */
final class PageReader {
    enum Kind {
        GUIDE("content/guides", true), CARD("content/cards", false);

        final String dir;
        final boolean timed;

        Kind(String dir, boolean timed) {
            this.dir = dir;
            this.timed = timed;
        }
    }

    private final Map<Lang, LessonMarkdown> markdown;

    PageReader(Map<Lang, LessonMarkdown> markdown) {
        this.markdown = markdown;
    }

    /** The pages of {@code kind}'s folder by name, in file order; {@code links} resolves links from a file. */
    Map<String, Page> read(ContentFiles files, Kind kind, Function<Path, LessonMarkdown.Links> links,
                           List<Problem> problems) {
        Map<String, Page> pages = new LinkedHashMap<>();
        Path dir = files.root().resolve(kind.dir);
        if (!Files.isDirectory(dir)) {
            return pages;
        }
        try {
            for (Path file : files.list(dir, ".md")) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(".en.md")) {
                    if (!Files.isRegularFile(file.resolveSibling(fileName.replace(".en.md", ".md")))) {
                        problems.add(Problem.at(files.display(file), 1, "content.page.orphan"));
                    }
                    continue;
                }
                String name = fileName.substring(0, fileName.length() - 3);
                if (!ModuleReader.ID.matcher(name).matches()) {
                    problems.add(Problem.at(files.display(file), 1, "content.id.format", name));
                    continue;
                }
                Optional<Parsed> id = parse(files, file, kind, true, links.apply(file), problems);
                Path enFile = file.resolveSibling(name + ".en.md");
                Optional<Parsed> en = Files.isRegularFile(enFile)
                        ? parse(files, enFile, kind, false, links.apply(enFile), problems) : Optional.empty();
                id.ifPresent(p -> pages.put(name, new Page(name, p.text(), en.map(Parsed::text), p.minutes(), p.sources())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private record Parsed(Page.Text text, int minutes, List<String> sources) {
    }

    private Optional<Parsed> parse(ContentFiles files, Path file, Kind kind, boolean main, LessonMarkdown.Links links,
                                   List<Problem> problems) {
        int before = problems.size();
        Optional<LessonFile.Head> head = LessonFile.head(files, file, problems);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        YamlFields yaml = head.get().yaml();
        Set<String> allowed = new HashSet<>(Set.of("title", "description"));
        if (kind.timed) {
            allowed.add("minutes");
        } else if (main) {
            allowed.add("sources");
        }
        Optional<Map<String, NodeTuple>> fields = yaml.fields(head.get().node(), head.get().path(), allowed);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> f = fields.get();
        Optional<String> title = yaml.string(f, "title", head.get().node(), true);
        Optional<String> description = yaml.string(f, "description", head.get().node(), true);
        Optional<Integer> minutes = kind.timed
                ? yaml.integer(f, "minutes", head.get().node(), 5, 3000, main) : Optional.of(0);
        Optional<List<String>> sources = !kind.timed && main
                ? yaml.stringList(f, "sources", head.get().node(), true) : Optional.of(List.of());
        Lang lang = main ? Lang.ID : Lang.EN;
        LessonMarkdown.Rendered rendered = markdown.get(lang).render(head.get().path(), head.get().text(), links);
        problems.addAll(rendered.problems());
        if (title.isEmpty() || description.isEmpty() || sources.isEmpty() || (main && minutes.isEmpty())
                || problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(new Page.Text(title.get(), description.get(), rendered.html()),
                minutes.orElse(0), sources.get()));
    }
}
