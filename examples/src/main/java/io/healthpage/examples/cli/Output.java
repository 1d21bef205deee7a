package io.healthpage.examples.cli;

import io.healthpage.internal.AtomicFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes results to stdout or, atomically, to a file. */
final class Output {
    private Output() {}

    /** Writes {@code text} to {@code file} if given, else to {@code out}. */
    static void write(String text, Path file, PrintStream out) throws IOException {
        if (file == null) {
            out.print(text);
            if (!text.endsWith("\n")) out.println();
            out.flush();
        } else {
            writeAtomically(file, text);
        }
    }

    /**
     * Writes UTF-8 text to a temporary file next to {@code file}, forces it to disk and moves it over
     * {@code file}: readers see the old file or the new one, never half of it. Creates missing parent
     * folders. On failure the temporary file is removed and the target left as it was.
     */
    static void writeAtomically(Path file, String text) throws IOException {
        if (Files.isDirectory(file)) throw CliException.usage(file + ": is a folder; give a file name");
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
