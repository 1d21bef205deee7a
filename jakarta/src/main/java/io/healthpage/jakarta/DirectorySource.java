package io.healthpage.jakarta;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A content folder on a file system. Immutable and thread-safe. */
final class DirectorySource implements ContentSource {
    private final Path root;
    private final String name; // how problems name the root ("classpath:healthpage/"), or null for the path

    DirectorySource(Path root, String name) {
        this.root = root;
        this.name = name;
    }

    @Override
    public List<String> list(String folder) throws IOException {
        Path dir = resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) out.add(p.getFileName().toString().replace("/", "") + (Files.isDirectory(p) ? "/" : ""));
        }
        Collections.sort(out);
        return out;
    }

    @Override
    public Optional<URL> file(String path) {
        Path p = resolve(path);
        if (!Files.isRegularFile(p)) return Optional.empty();
        try {
            return Optional.of(p.toUri().toURL());
        } catch (MalformedURLException | UnsupportedOperationException e) {
            return Optional.empty(); // a file system without URLs: implement ContentSource for it
        }
    }

    @Override
    public String location(String path) {
        return name != null ? name + path : resolve(path).toString();
    }

    private Path resolve(String path) {
        return path.isEmpty() ? root : root.resolve(path);
    }

    @Override
    public String toString() {
        return name != null ? name : root.toString();
    }
}
