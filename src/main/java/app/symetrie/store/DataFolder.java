package app.symetrie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's folder holds personal data (names, e-mails, participation flags): it is kept private to the
 * operating-system user running the application — {@code rwx------} for directories, {@code rw-------} for files —
 * where the file system has POSIX permissions. A folder found open to other users is tightened at start, and the log
 * says so (with permissions and counts only, never a file's content).
 */
final class DataFolder {

    private static final Logger log = LoggerFactory.getLogger(DataFolder.class);

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private DataFolder() {
    }

    /** Creates {@code folder} owner-only, or makes an existing one (and what it holds) owner-only. */
    static void prepare(Path folder) {
        boolean posix = supportsPosix(folder);
        try {
            if (Files.notExists(folder)) {
                Path parent = folder.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (posix) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
                    Files.setPosixFilePermissions(folder, FOLDER); // whatever the umask did
                } else {
                    Files.createDirectory(folder);
                }
                log.info("Store: data folder {} created{}", folder, posix ? ", private to this user (rwx------)" : "");
            } else if (posix) {
                tighten(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder.toAbsolutePath(), e);
        }
        if (!posix) {
            log.warn("Store: this file system has no POSIX permissions; make sure only the application's user can "
                    + "read the data folder {} (it holds personal data)", folder);
        }
    }

    /** Makes one file owner-only (the H2 file once the backend has created it). */
    static void makePrivate(Path file) {
        if (!Files.isRegularFile(file) || !supportsPosix(file)) {
            return;
        }
        try {
            if (!FILE.equals(Files.getPosixFilePermissions(file))) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException e) {
            log.warn("Store: could not make the store file owner-only ({})", e.getClass().getSimpleName());
        }
    }

    private static void tighten(Path folder) throws IOException {
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(folder);
        int[] files = {0};
        int[] folders = {0};
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (opensToOthers(dir)) {
                        Files.setPosixFilePermissions(dir, FOLDER);
                        folders[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile() && opensToOthers(file)) {
                        Files.setPosixFilePermissions(file, FILE);
                        files[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.warn("Store: the data folder {} is readable by other users of this machine ({}) and could not be "
                    + "made owner-only ({}): fix its permissions, it holds personal data", folder,
                    PosixFilePermissions.toString(before), e.getClass().getSimpleName());
            return;
        }
        if (folders[0] + files[0] > 0) {
            log.warn("Store: the data folder {} was open to other users of this machine ({}); made owner-only: "
                    + "{} folder(s) now rwx------, {} file(s) now rw-------", folder,
                    PosixFilePermissions.toString(before), folders[0], files[0]);
        }
    }

    private static boolean opensToOthers(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return permissions.stream().anyMatch(GROUP_OR_OTHERS::contains);
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
