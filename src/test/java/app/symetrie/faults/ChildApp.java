package app.symetrie.faults;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Runs the application's main class in a child JVM on an embedded file store in {@code folder}, with one driver class
 * from the test classes beside the application's own classpath (the other test classes, with their test
 * configurations, stay out). Its stdout lines are queued for the test to read; {@link #kill()} is a SIGKILL.
 */
final class ChildApp implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildApp(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child died: that is the point
            }
            lines.add("EOF");
        });
    }

    static ChildApp start(Path folder, Class<?> driver, List<String> systemProperties, String... args)
            throws IOException {
        Path driverClasses = folder.resolve("driver");
        copyClass(driver, driverClasses);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("--sun-misc-unsafe-memory-access=allow");
        command.addAll(systemProperties);
        command.add("-cp");
        command.add(driverClasses + File.pathSeparator + applicationClasspath());
        command.add(driver.getName());
        command.add("--server.port=0");
        command.add("--spring.main.banner-mode=off");
        command.add("--logging.level.root=WARN");
        command.add("--symetrie.store.embedded.path=" + folder.resolve("data"));
        command.add("--symetrie.ballot.key-file=" + folder.resolve("keys").resolve("ballot.key"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(folder.resolve("child-" + System.nanoTime() + ".err").toFile());
        return new ChildApp(builder.start());
    }

    /** The next line starting with {@code prefix}, or fails after {@code seconds}. */
    String await(String prefix, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if ("EOF".equals(line)) {
                throw new IllegalStateException("the child ended before printing " + prefix);
            }
            if (line != null) {
                seen.add(line);
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }
        throw new IllegalStateException("no " + prefix + " from the child within " + seconds + " s");
    }

    private final List<String> seen = new ArrayList<>();

    /** Every line read so far (including those {@link #await} skipped). */
    List<String> drain() {
        List<String> all = new ArrayList<>(seen);
        seen.clear();
        lines.drainTo(all);
        return all;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void copyClass(Class<?> driver, Path root) throws IOException {
        Path source;
        try {
            source = Path.of(driver.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String packagePath = driver.getPackageName().replace('.', '/');
        Path from = source.resolve(packagePath);
        Path to = root.resolve(packagePath);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals(driver.getSimpleName() + ".class")
                    || p.getFileName().toString().startsWith(driver.getSimpleName() + "$")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The test JVM's classpath without the test classes (Surefire/Failsafe may hand it in a manifest-only jar). */
    static String applicationClasspath() {
        List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.getFirst().endsWith(".jar")) {
            Path jar = Path.of(entries.getFirst()).toAbsolutePath();
            try (JarFile file = new JarFile(jar.toFile())) {
                String manifest = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue("Class-Path");
                if (manifest != null) {
                    entries.clear();
                    for (String url : manifest.trim().split(" +")) {
                        URI uri = jar.getParent().toUri().resolve(url);
                        entries.add(Path.of(uri).toString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(e -> !e.replace('\\', '/').endsWith("test-classes")
                        && !e.replace('\\', '/').endsWith("test-classes/"))
                .toList());
    }
}
