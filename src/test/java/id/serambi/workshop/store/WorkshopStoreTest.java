package id.serambi.workshop.store;

import id.serambi.db.Database;
import id.serambi.support.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The workshop store on SQLite, the embedded default. */
class WorkshopStoreTest extends WorkshopStoreContract {
    private Path dir;
    private Database database;

    @BeforeEach
    void open() throws IOException {
        dir = Files.createTempDirectory("serambi-workshop");
        database = Database.open("jdbc:sqlite:" + dir.resolve("t.db"));
    }

    @AfterEach
    void close() {
        database.close();
        TempFiles.delete(dir);
    }

    @Override
    Database database() {
        return database;
    }
}
