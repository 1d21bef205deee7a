package io.healthpage.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one way healthpage writes a file (articles, bundles, pages): to a temporary file in the same
 * folder, forced to disk, then moved over the target, so a reader sees the old file or the new one and
 * never half of it. Not API: exported only to the healthpage modules. Stateless and thread-safe.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to {@code file} atomically. The folder must exist (callers that want it
     * created create it first, so a mistyped path does not silently make folders). The file is
     * readable by others ({@code rw-r--r--} where the file system has POSIX permissions), like a file
     * written directly; a temporary file alone would be private.
     *
     * @throws IOException when writing or moving fails; the temporary file is then removed and the
     *         target left as it was
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, true);
    }

    /**
     * {@link #write(Path, byte[])}, with the forcing to disk left to the caller when {@code force} is false:
     * readers still see the old file or the new one, but after a crash the new one may be empty until the
     * caller has called {@link #force} on it. For many files written in a row (a static site), forcing them
     * all at the end costs one flush of the file system's journal instead of one per file.
     */
    public static void write(Path file, byte[] bytes, boolean force) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                if (force) ch.force(true);
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

    /** Forces a file written by {@code write(file, bytes, false)} to disk (contents and metadata). */
    public static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
