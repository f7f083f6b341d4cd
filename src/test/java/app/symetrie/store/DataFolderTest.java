package app.symetrie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The store's folder and files are private to the application's user (POSIX 700 / 600). */
class DataFolderTest {

    @TempDir
    Path temp;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "no POSIX permissions on this file system");
        logged.start();
        ((Logger) LoggerFactory.getLogger(DataFolder.class)).addAppender(logged);
    }

    @AfterEach
    void detach() {
        ((Logger) LoggerFactory.getLogger(DataFolder.class)).detachAppender(logged);
    }

    @Test
    void a_new_data_folder_and_its_store_file_are_owner_only() throws IOException {
        Path folder = temp.resolve("new/data");
        try (EmbeddedMongo server = EmbeddedMongo.start(EmbeddedStoreProperties.privateStore(folder, false));
             MongoClient client = StoreClients.ownClient(server)) {
            client.getDatabase("symetrie").getCollection("people").insertOne(new Document("name", "Camille"));
        }
        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve("symetrie.mv"))).isEqualTo("rw-------");
        try (var files = Files.list(folder)) {
            files.forEach(file -> assertThat(permissions(file)).as("group and others of " + file.getFileName())
                    .endsWith("------"));
        }
    }

    @Test
    void an_existing_folder_open_to_others_is_tightened_and_the_log_says_so() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("data"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path backup = Files.writeString(folder.resolve("old-backup.mv"), "Camille Martin, camille@example.com");
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("rw-r--r--"));

        DataFolder.prepare(folder);

        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(backup)).isEqualTo("rw-------");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel().toString()).isEqualTo("WARN");
            assertThat(event.getFormattedMessage()).contains("was open to other users", "rwxr-xr-x", "owner-only")
                    .doesNotContain("Camille", "camille@", "old-backup");
        });
    }

    @Test
    void an_owner_only_folder_is_left_alone_and_nothing_is_logged() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("data"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));

        DataFolder.prepare(folder);

        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(logged.list).isEmpty();
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
