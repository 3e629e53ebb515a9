package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code dyad} command as a separate process, as a user runs it, with its own temporary
 * folder and cache folder inside the test's, so the test sees every file it leaves behind.
 */
final class DyadProcess {

    record Result(int status, String out, String err) {}

    private final Path dir;
    private final String heap;

    /** @param heap the most memory the process may take, e.g. "2g" */
    DyadProcess(Path dir, String heap) throws IOException {
        this.dir = dir;
        this.heap = heap;
        Files.createDirectories(tmp());
    }

    Path tmp() {
        return dir.resolve("tmp");
    }

    Path cache() {
        return dir.resolve("cache");
    }

    /** Starts {@code dyad ARGS}, its standard output and error going to files named after the log. */
    Process start(String log, String... args) throws IOException {
        return start(List.of(), log, args);
    }

    private Process start(List<String> jvm, String log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        command.addAll(jvm);
        command.addAll(List.of("-Djava.io.tmpdir=" + tmp(), "-Ddyad.cache=" + cache(), "-cp", classPath(), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve(log + ".out").toFile())
                .redirectError(dir.resolve(log + ".err").toFile()).start();
    }

    /**
     * Runs a short {@code dyad ARGS}, such as a query, to its end. Such commands do little work:
     * the JVM's quick compiler alone starts them in half the time.
     */
    Result run(String... args) throws IOException, InterruptedException {
        String log = "run" + System.nanoTime();
        Process p = start(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), log, args);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("dyad " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve(log + ".out")), Files.readString(dir.resolve(log + ".err")));
    }

    String err(String log) throws IOException {
        return Files.readString(dir.resolve(log + ".err"));
    }

    /** Surefire runs tests from a manifest-only jar; its class path is in this property. */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null ? cp : System.getProperty("java.class.path");
    }
}
