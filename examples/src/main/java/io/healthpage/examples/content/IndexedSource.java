package io.healthpage.examples.content;

import io.healthpage.jakarta.ContentSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in content, listed by the index the build writes next to it ({@code <root>.index}: one path
 * per line, relative to the root, {@code /}-separated; see {@code examples/pom.xml}) rather than by opening
 * and scanning the jar, which has some ten thousand entries: that scan, once per folder and file, was a
 * good part of the CLI's start (docs/performance.md, "CLI start"). Files are read through the class
 * loader. Problems name files as {@link ContentSource#classpath(ClassLoader, String)} does. Immutable and
 * thread-safe.
 */
final class IndexedSource implements ContentSource {
    private final ClassLoader loader;
    private final String root; // ends with "/"
    private final Set<String> files;

    private IndexedSource(ClassLoader loader, String root, Set<String> files) {
        this.loader = loader;
        this.root = root;
        this.files = files;
    }

    /** The content under classpath folder {@code root}, or empty when there is no index for it. */
    static Optional<ContentSource> of(ClassLoader loader, String root) {
        try (InputStream in = loader.getResourceAsStream(root + ".index")) {
            if (in == null) return Optional.empty();
            Set<String> files = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String path = line.strip();
                if (!path.isEmpty()) files.add(path);
            }
            return Optional.of(new IndexedSource(loader, root + "/", Set.copyOf(files)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index of the built-in content (" + root + ".index)", e);
        }
    }

    @Override
    public List<String> list(String folder) {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        TreeSet<String> out = new TreeSet<>();
        for (String f : files) {
            if (!f.startsWith(prefix)) continue;
            String rest = f.substring(prefix.length());
            int slash = rest.indexOf('/');
            out.add(slash < 0 ? rest : rest.substring(0, slash + 1));
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<URL> file(String path) {
        return files.contains(path) ? Optional.ofNullable(loader.getResource(root + path)) : Optional.empty();
    }

    @Override
    public String location(String path) {
        return "classpath:" + root + path;
    }

    @Override
    public String toString() {
        return "classpath:" + root;
    }
}
