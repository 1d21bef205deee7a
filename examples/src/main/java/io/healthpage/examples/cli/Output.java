package io.healthpage.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

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
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) throw CliException.usage(file + ": is a folder; give a file name");
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                // temp files are private (rw-------); published pages are meant to be read by a web server
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
