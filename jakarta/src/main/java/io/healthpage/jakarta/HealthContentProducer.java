package io.healthpage.jakarta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The optional CDI producer: with this library in {@code WEB-INF/lib}, {@code @Inject HealthContent content;}
 * and {@code @Inject HealthResponses responses;} work in any bean or resource of a Jakarta EE 10 application.
 * The content is loaded once, on first use, from where the servlet context parameter
 * {@value #CONTENT_PARAMETER} (or, outside a web application, the system property of the same name) says:
 *
 * <table>
 *   <caption>Values of {@value #CONTENT_PARAMETER}</caption>
 *   <tr><th>value</th><th>content read from</th></tr>
 *   <tr><td>not set</td><td>{@value #DEFAULT_LOCATION} in the WAR ({@link ServletContentSource})</td></tr>
 *   <tr><td>{@code /WEB-INF/…} (any path starting with {@code /})</td><td>that folder of the WAR</td></tr>
 *   <tr><td>{@code classpath:healthpage}</td><td>the application's classpath ({@code WEB-INF/classes}, {@code WEB-INF/lib})</td></tr>
 *   <tr><td>{@code file:/srv/health}</td><td>a folder on the server's file system</td></tr>
 * </table>
 *
 * <p>One line in {@code web.xml} is all the configuration:
 * {@code <context-param><param-name>io.healthpage.content</param-name><param-value>classpath:healthpage</param-value></context-param>}.
 * To build the content yourself instead (other options, another store), write your own producer; mark it
 * {@code @Alternative @Priority(1)} and it wins over this one:
 * <pre>{@code
 * @Produces @Alternative @Priority(1)
 * HealthContent content() { return HealthContent.builder(ContentSource.directory(Path.of("/srv/health"))).cacheSize(4096).build(); }
 * }</pre>
 *
 * <p>Loading problems are logged (logger {@code io.healthpage.jakarta}, WARNING each); when no article at
 * all could be loaded, the first injection fails with an {@link IllegalStateException} that lists them.
 *
 * <p><b>Thread safety.</b> Thread-safe: the content is loaded at most once, under a lock.
 */
@ApplicationScoped
public class HealthContentProducer {
    /** The servlet context parameter (or system property) naming where the content is. */
    public static final String CONTENT_PARAMETER = "io.healthpage.content";
    /** Where the content is when nothing is configured: a folder of the WAR that browsers cannot fetch. */
    public static final String DEFAULT_LOCATION = "/WEB-INF/healthpage";
    private static final Logger LOG = Logger.getLogger("io.healthpage.jakarta");

    @Inject
    Instance<ServletContext> servletContext;

    private HealthContent content;
    private HealthResponses responses;

    /** For CDI. */
    public HealthContentProducer() {}

    /** The application's content, loaded on first use. */
    @Produces
    public synchronized HealthContent content() {
        if (content == null) content = load();
        return content;
    }

    /** Jakarta REST answers for the application's content (whichever producer made it). */
    @Produces
    public synchronized HealthResponses responses(HealthContent c) {
        if (responses == null || responses.content() != c) responses = HealthResponses.of(c);
        return responses;
    }

    private HealthContent load() {
        ServletContext context = servletContext != null && servletContext.isResolvable() ? servletContext.get() : null;
        String where = context != null ? context.getInitParameter(CONTENT_PARAMETER) : null;
        if (where == null || where.isBlank()) where = System.getProperty(CONTENT_PARAMETER);
        if (where == null || where.isBlank()) where = DEFAULT_LOCATION;
        HealthContent loaded = HealthContent.load(source(where.strip(), context));
        loaded.problems().forEach(p -> LOG.warning(p::toString));
        if (loaded.ids().isEmpty()) {
            throw new IllegalStateException("no health article could be loaded from " + where + " (" + CONTENT_PARAMETER
                    + "): " + loaded.problems());
        }
        LOG.log(Level.INFO, "healthpage: {0} article(s) from {1}", new Object[] {loaded.ids().size(), where});
        return loaded;
    }

    /** The source a {@value #CONTENT_PARAMETER} value names. */
    static ContentSource source(String where, ServletContext context) {
        if (where.startsWith("classpath:")) return ContentSource.classpath(where.substring("classpath:".length()));
        if (where.startsWith("file:")) {
            try {
                return ContentSource.directory(Path.of(URI.create(where)));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                throw new IllegalArgumentException(CONTENT_PARAMETER + " = \"" + where + "\" is not a folder URL ("
                        + e.getMessage() + "): write an absolute one, file:/FOLDER", e);
            }
        }
        if (where.startsWith("/")) {
            if (context == null) {
                throw new IllegalStateException(CONTENT_PARAMETER + " = " + where
                        + " names a folder of the web application, but there is no ServletContext; use classpath: or file:");
            }
            return ServletContentSource.of(context, where);
        }
        throw new IllegalArgumentException(CONTENT_PARAMETER + " must be a WAR path (/WEB-INF/healthpage), classpath:FOLDER or "
                + "file:/FOLDER, was \"" + where + "\"");
    }
}
