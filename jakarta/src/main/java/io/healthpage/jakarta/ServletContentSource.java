package io.healthpage.jakarta;

import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A content folder inside a web application, read through the servlet API
 * ({@link ServletContext#getResourcePaths}, {@link ServletContext#getResource}), so it works whether the
 * server runs the WAR packed or exploded, and whatever URLs its class loaders use. Typically
 * {@code /WEB-INF/healthpage} (WEB-INF is never served to browsers as files):
 *
 * <pre>{@code
 * HealthContent content = HealthContent.load(ServletContentSource.of(servletContext, "/WEB-INF/healthpage"));
 * }</pre>
 *
 * <p>This class is the only one of the library that needs the servlet API at run time; the others work
 * without it. Immutable and thread-safe (as {@code ServletContext} is).
 */
public final class ServletContentSource implements ContentSource {
    private final ServletContext context;
    private final String root; // starts and ends with "/"

    private ServletContentSource(ServletContext context, String root) {
        this.context = context;
        this.root = root;
    }

    /**
     * The folder at {@code root} in the web application.
     *
     * @param context the application's servlet context
     * @param root a path starting with {@code /}, such as {@code /WEB-INF/healthpage}
     * @throws IllegalArgumentException if {@code root} does not start with {@code /}
     */
    public static ServletContentSource of(ServletContext context, String root) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(root, "root");
        if (!root.startsWith("/")) {
            throw new IllegalArgumentException("expected a path in the web application starting with /, such as /WEB-INF/healthpage, was \"" + root + "\"");
        }
        return new ServletContentSource(context, root.endsWith("/") ? root : root + "/");
    }

    @Override
    public List<String> list(String folder) {
        String dir = root + (folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/");
        Set<String> paths = context.getResourcePaths(dir);
        if (paths == null) return List.of();
        TreeSet<String> out = new TreeSet<>();
        for (String p : paths) {
            if (!p.startsWith(dir) || p.length() == dir.length()) continue;
            out.add(p.substring(dir.length()));
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<URL> file(String path) {
        if (path.endsWith("/")) return Optional.empty();
        try {
            return Optional.ofNullable(context.getResource(root + path));
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    @Override
    public String location(String path) {
        return root + path;
    }

    @Override
    public String toString() {
        return root;
    }
}
