package com.example.health;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An application server started for a test: its output goes to a log file; it is ready when the log
 * shows a marker; stopping ends it and every process it started (a start script's JVM), by process id.
 */
final class ServerProcess {
    private final Process process;
    private final Path log;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code command} and waits until the log contains {@code ready}; fails the test if it exits,
     * if the log shows {@code failure} (when not null), or after {@code timeout}.
     */
    static ServerProcess start(List<String> command, Path log, String ready, String failure, Duration timeout) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess s = new ServerProcess(p, log);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!s.log().contains(ready)) {
            if (!p.isAlive()) fail(command.get(0) + " exited with " + p.exitValue() + ":\n" + s.tail());
            if (failure != null && s.log().contains(failure)) {
                s.stop();
                fail("the server reported \"" + failure + "\":\n" + s.tail());
            }
            if (System.nanoTime() > deadline) {
                s.stop();
                fail("not ready after " + timeout + ":\n" + s.tail());
            }
            Thread.sleep(250);
        }
        return s;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    String tail() throws IOException {
        String s = log();
        return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    }

    /** Ends the server's processes, children first (SIGTERM, then SIGKILL after 30 s). */
    void stop() throws InterruptedException {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        for (ProcessHandle h : all) h.destroy();
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
