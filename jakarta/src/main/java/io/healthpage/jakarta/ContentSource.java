package io.healthpage.jakarta;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a content folder lives: {@code <article-id>/article.json} and {@code <article-id>/i18n/<locale>.json}
 * under one root, on the file system, on the classpath (a folder or a jar), in a WAR, or behind any URL
 * that can be listed. {@link HealthContent#load(ContentSource)} reads it with the same located checks
 * wherever it is (the file name must agree with the bundle's locale, one bundle per locale, every problem
 * names its file).
 *
 * <pre>{@code
 * ContentSource.directory(Path.of("/srv/health"))          // a folder
 * ContentSource.classpath("healthpage")                    // src/main/resources/healthpage, in WEB-INF/classes or a jar
 * ContentSource.url(new URL("jar:file:/opt/content.jar!/healthpage/"))
 * ServletContentSource.of(servletContext, "/WEB-INF/healthpage") // inside a WAR, through the servlet API
 * }</pre>
 *
 * <p>Paths given to the methods are relative to the root and use {@code /}; the root itself is {@code ""}.
 * Implement this interface for any other store (a database, an object store); the implementations here
 * are immutable and thread-safe, and so should yours be.
 */
public interface ContentSource {

    /**
     * The names of the entries directly in {@code folder}: files by name, sub-folders by name followed by
     * {@code /}. Empty when the folder does not exist.
     *
     * @throws IOException if the folder exists but cannot be listed
     */
    List<String> list(String folder) throws IOException;

    /** Where to read the file at {@code path}, or empty when there is no such file. */
    Optional<URL> file(String path);

    /**
     * How problems name {@code path}, e.g. {@code /srv/health/ketamine/article.json},
     * {@code classpath:healthpage/ketamine/article.json} or {@code /WEB-INF/healthpage/ketamine/article.json}.
     */
    String location(String path);

    /** A folder on the file system (or in any NIO file system, e.g. a zip opened with {@code FileSystems}). */
    static ContentSource directory(Path root) {
        return new DirectorySource(Objects.requireNonNull(root, "root"), null);
    }

    /**
     * A folder on the classpath of the thread context class loader (in a Jakarta EE application: the
     * application's, which sees {@code WEB-INF/classes} and {@code WEB-INF/lib}), or of this library's
     * loader when there is none. The folder may be in a directory or inside a jar.
     *
     * @param root a resource folder such as {@code "healthpage"} (no leading {@code /})
     * @throws IllegalArgumentException if {@code root} is blank or starts with {@code /}
     */
    static ContentSource classpath(String root) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return classpath(loader != null ? loader : ContentSource.class.getClassLoader(), root);
    }

    /** A folder on the classpath of {@code loader}; see {@link #classpath(String)}. */
    static ContentSource classpath(ClassLoader loader, String root) {
        return UrlSource.classpath(Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(root, "root"));
    }

    /**
     * The folder at a URL that can be listed: {@code file:} (a directory) or {@code jar:} (a folder inside a
     * jar, e.g. {@code jar:file:/opt/content.jar!/healthpage/}).
     *
     * @throws IllegalArgumentException for another scheme: implement {@link ContentSource}, or use
     *     {@link ServletContentSource} inside a WAR
     */
    static ContentSource url(URL root) {
        return UrlSource.of(Objects.requireNonNull(root, "root"), root.toString());
    }
}
