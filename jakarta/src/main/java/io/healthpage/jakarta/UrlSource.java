package io.healthpage.jakarta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A content folder behind a {@code file:} or {@code jar:} URL, or on a classpath (found there as one of
 * those). Immutable and thread-safe; jar listings open the jar for each call (content is loaded once).
 */
final class UrlSource implements ContentSource {
    private final URL root;        // ends with "/"
    private final String name;     // how problems name the root, ends with "/" unless empty

    private UrlSource(URL root, String name) {
        this.root = root;
        this.name = name;
    }

    static ContentSource classpath(ClassLoader loader, String root) {
        if (root.isBlank() || root.startsWith("/")) {
            throw new IllegalArgumentException("expected a classpath folder such as \"healthpage\" (no leading /), was \"" + root + "\"");
        }
        String folder = root.endsWith("/") ? root : root + "/";
        URL url = loader.getResource(folder);
        if (url == null) url = loader.getResource(folder.substring(0, folder.length() - 1));
        if (url == null) return new Missing("classpath:" + folder, null);
        if (!url.getProtocol().equals("file") && !url.getProtocol().equals("jar")) {
            // e.g. WildFly's vfs: — reported as a located problem when the content is loaded
            return new Missing("classpath:" + folder, "the class loader gives " + url.getProtocol() + ": URLs, which cannot "
                    + "be listed; put the content in the WAR (ServletContentSource, /WEB-INF/healthpage) or a folder instead");
        }
        return of(url, "classpath:" + folder);
    }

    static ContentSource of(URL url, String name) {
        String scheme = url.getProtocol();
        if (!scheme.equals("file") && !scheme.equals("jar")) {
            throw new IllegalArgumentException("cannot list the folder at " + url + " (a " + scheme
                    + ": URL); a file: or jar: URL can be listed. Implement ContentSource for this store, or use "
                    + "ServletContentSource inside a WAR.");
        }
        if (scheme.equals("file")) {
            try {
                return new DirectorySource(Path.of(url.toURI()), name.startsWith("classpath:") ? name : null);
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalArgumentException("not a usable file: URL: " + url, e);
            }
        }
        String s = url.toString();
        URL root;
        try {
            root = s.endsWith("/") ? url : URI.create(s + "/").toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a usable jar: URL: " + url, e);
        }
        return new UrlSource(root, name.endsWith("/") ? name : name + "/");
    }

    @Override
    public List<String> list(String folder) throws IOException {
        URLConnection c = url(folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/").openConnection();
        if (!(c instanceof JarURLConnection jar)) throw new IOException("cannot list " + location(folder));
        jar.setUseCaches(false); // a cached JarFile would stay open (and locked on Windows) after loading
        String prefix = jar.getEntryName() == null ? "" : jar.getEntryName();
        if (!prefix.isEmpty() && !prefix.endsWith("/")) prefix += "/";
        TreeSet<String> out = new TreeSet<>();
        try (JarFile file = jar.getJarFile()) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                String entry = e.nextElement().getName();
                if (!entry.startsWith(prefix) || entry.length() == prefix.length()) continue;
                String rest = entry.substring(prefix.length());
                int slash = rest.indexOf('/');
                out.add(slash < 0 ? rest : rest.substring(0, slash + 1));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<URL> file(String path) {
        try {
            URL u = url(path);
            URLConnection c = u.openConnection();
            c.setUseCaches(false);
            if (c instanceof JarURLConnection jar) {
                try (JarFile f = jar.getJarFile()) {
                    JarEntry entry = f.getJarEntry(jar.getEntryName());
                    return entry == null || entry.isDirectory() ? Optional.empty() : Optional.of(u);
                }
            }
            return Optional.of(u);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String location(String path) {
        return name + path;
    }

    @SuppressWarnings("deprecation") // URL(URL, String): jar: URIs are opaque, so URI.resolve cannot do this
    private URL url(String path) throws MalformedURLException {
        return new URL(root, path);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * A classpath folder that does not exist (lists nothing, so loading reports "no article") or that
     * cannot be listed ({@code unlistable} says why; listing fails with it).
     */
    private record Missing(String name, String unlistable) implements ContentSource {
        @Override
        public List<String> list(String folder) throws IOException {
            if (unlistable != null) throw new IOException(unlistable);
            return List.of();
        }

        @Override
        public Optional<URL> file(String path) {
            return Optional.empty();
        }

        @Override
        public String location(String path) {
            return name + path;
        }
    }
}
