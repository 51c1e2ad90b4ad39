package id.serambi.inbox.model;

import id.serambi.chat.menu.MenuLoader;
import id.serambi.content.ContentFiles;
import id.serambi.content.ContentReader;
import id.serambi.content.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every inbox in {@code content/inbox/}, read and checked; the inboxes are handed back ready to
 * serve, so start-up reads each file once. The office an inbox names is looked up in its menu,
 * {@code content/menus/<office>.yaml}, for the number the office publishes.
 */
public final class InboxFilesCheck implements ContentReader<InboxCatalog> {
    public static final String DIR = "content/inbox";

    @Override
    public Read<InboxCatalog> read(Path root) {
        ContentFiles files = new ContentFiles(root);
        InboxReader reader = new InboxReader(menu -> office(files, menu));
        List<Problem> problems = new ArrayList<>();
        List<Inbox> inboxes = new ArrayList<>();
        try {
            for (Path file : files.list(root.resolve(DIR), ".yaml")) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - ".yaml".length());
                String path = files.display(file);
                if (!InboxReader.ID.matcher(id).matches()) {
                    problems.add(Problem.at(path, 1, "inbox.file.name", id));
                    continue;
                }
                Optional<String> text = files.read(file, problems);
                if (text.isPresent()) {
                    InboxReader.Result result = reader.read(id, path, text.get());
                    problems.addAll(result.problems());
                    result.inbox().ifPresent(inboxes::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read<>(new InboxCatalog(inboxes), problems);
    }

    private static Optional<InboxReader.OfficeProfile> office(ContentFiles files, String menu) {
        if (!InboxReader.ID.matcher(menu).matches()) {
            return Optional.empty();
        }
        Path file = files.root().resolve("content/menus/" + menu + ".yaml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return new MenuLoader().load(files, file).menu()
                .map(m -> new InboxReader.OfficeProfile(m.profile().name(), m.profile().phone()));
    }
}
