package id.serambi.course;

import id.serambi.content.ContentFiles;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Decides where a link or image written in a lesson points: another lesson (by its file), a term of
 * the glossary ({@code glosarium:<id>}), a file under {@code content/} served at {@code /media/}, or
 * a web address. Images never come from another host, so every page works offline. An English file
 * shows an image's English twin ({@code name.en.svg} beside {@code name.svg}) when there is one.
 */
final class LinkResolution {
    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
    static final Set<String> MEDIA_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "pdf");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):.*", Pattern.DOTALL);

    static final String GLOSSARY_SCHEME = "glosarium";

    private final ContentFiles files;
    private final Path from;
    private final Function<String, Optional<String>> lessonUrl;
    private final Glossary glossary;

    LinkResolution(ContentFiles files, Path from, Function<String, Optional<String>> lessonUrl, Glossary glossary) {
        this.files = files;
        this.from = from;
        this.lessonUrl = lessonUrl;
        this.glossary = glossary;
    }

    LessonMarkdown.Target resolve(String written, boolean image) {
        String url = written.strip();
        if (url.isEmpty()) {
            return broken("content.link.empty");
        }
        var scheme = SCHEME.matcher(url);
        if (scheme.matches() || url.startsWith("//")) {
            if (image) {
                return broken("content.image.remote", url);
            }
            String name = scheme.matches() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
            if (name.equals(GLOSSARY_SCHEME)) {
                String term = url.substring(GLOSSARY_SCHEME.length() + 1);
                return glossary.has(term) ? ok(Glossary.url(term)) : broken("content.link.glossary", term);
            }
            return LINK_SCHEMES.contains(name) ? ok(url) : broken("content.link.scheme", url);
        }
        if (url.startsWith("#")) {
            return ok(url);
        }
        int cut = indexOfAny(url, '#', '?');
        String base = cut < 0 ? url : url.substring(0, cut);
        String fragment = url.indexOf('#') < 0 ? "" : url.substring(url.indexOf('#'));
        if (base.startsWith("/")) {
            return image ? broken("content.image.absolute", url) : ok(url);
        }
        Path content = files.root().resolve("content").normalize();
        Path target = from.getParent().resolve(URLDecoder.decode(base.replace("+", "%2B"), StandardCharsets.UTF_8))
                .normalize();
        if (!target.startsWith(content)) {
            return broken(image ? "content.image.missing" : "content.link.missing", url);
        }
        if (!Files.isRegularFile(target)) {
            return broken(image ? "content.image.missing" : "content.link.missing", url);
        }
        String name = target.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (image) {
            return IMAGE_TYPES.contains(ext) ? ok(mediaUrl(content, inLanguageOf(target))) : broken("content.image.type", url);
        }
        if (ext.equals("md")) {
            Path lessons = content.resolve("lessons");
            String key = lessons.relativize(target).toString().replace('\\', '/');
            key = key.substring(0, key.length() - 3);
            if (key.endsWith(".en")) {
                key = key.substring(0, key.length() - 3);
            }
            if (!target.startsWith(lessons)) {
                return broken("content.link.notlesson", url);
            }
            Optional<String> lesson = lessonUrl.apply(key);
            return lesson.<LessonMarkdown.Target>map(u -> ok(u + fragment))
                    .orElseGet(() -> broken("content.link.notinmodule", url));
        }
        return MEDIA_TYPES.contains(ext) ? ok(mediaUrl(content, target)) : broken("content.link.type", url);
    }

    /** The English twin of an image for an English file, when one lies beside it; the image itself otherwise. */
    private Path inLanguageOf(Path image) {
        String name = image.getFileName().toString();
        if (!from.getFileName().toString().endsWith(".en.md") || name.contains(".en.")) {
            return image;
        }
        int dot = name.lastIndexOf('.');
        Path twin = image.resolveSibling(name.substring(0, dot) + ".en" + name.substring(dot));
        return Files.isRegularFile(twin) ? twin : image;
    }

    private static String mediaUrl(Path content, Path target) {
        return "/media/" + content.relativize(target).toString().replace('\\', '/');
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static LessonMarkdown.Target ok(String url) {
        return new LessonMarkdown.Target.Url(url);
    }

    private static LessonMarkdown.Target broken(String key, Object... args) {
        return new LessonMarkdown.Target.Broken(key, List.of(args));
    }
}
