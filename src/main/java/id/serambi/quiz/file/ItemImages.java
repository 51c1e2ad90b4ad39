package id.serambi.quiz.file;

import id.serambi.content.ContentFiles;
import id.serambi.content.YamlFields;
import id.serambi.quiz.model.ItemInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks that the image a question shows is a picture file of {@code content/images/}. */
final class ItemImages {
    static final String DIR = "content/images";
    private static final Set<String> TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");

    private ItemImages() {
    }

    static void check(ContentFiles files, Map<String, ItemInfo> info, YamlFields yaml) {
        Path dir = files.root().resolve(DIR).normalize();
        info.values().forEach(i -> i.image().ifPresent(image -> {
            Path file = dir.resolve(image.file()).normalize();
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!file.getParent().equals(dir) || !Files.isRegularFile(file) || !TYPES.contains(ext)) {
                yaml.problem(image.line(), "quiz.file.image", image.file());
            }
        }));
    }
}
