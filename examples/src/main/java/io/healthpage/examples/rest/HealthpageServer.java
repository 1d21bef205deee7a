package io.healthpage.examples.rest;

import io.healthpage.jakarta.HealthContent;
import io.healthpage.jakarta.HealthResponses;
import io.healthpage.jakarta.RenderedWriter;
import io.healthpage.examples.content.ContentLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jakarta REST example: serves a {@link HealthContent} with Jersey on Grizzly's HTTP server (a
 * library inside the jar, nothing to install); the answers come from {@code healthpage-jakarta} ({@link HealthResponses}),
 * this class only wires them to routes. Endpoints, headers and language negotiation are described in
 * {@code docs/rest.md}:
 * <ul>
 *   <li>{@code GET /} — the articles and their languages;</li>
 *   <li>{@code GET /articles/{id}} — the page, language from {@code Accept-Language} or {@code ?lang=};</li>
 *   <li>{@code GET /articles/{id}.json} — the localized article as JSON;</li>
 *   <li>{@code GET /articles/{id}/jsonld} — its schema.org JSON-LD.</li>
 * </ul>
 *
 * <pre>{@code
 * try (HealthpageServer server = HealthpageServer.start(ContentLibrary.builtInContent(), 8080)) {
 *     System.out.println("serving " + server.baseUri());
 *     ...
 * }
 * }</pre>
 *
 * <p>The server binds to 127.0.0.1 only (put a reverse proxy in front to publish it) and handles
 * requests on a fixed pool of {@value #THREADS} threads. It is fast as it is, with no option or system
 * property to know: the sockets send at once ({@code TCP_NODELAY}), warm requests render nothing (the
 * content's bounded cache), a plain {@code GET} of an article is answered from that cache without going
 * through Jersey ({@link CachedArticles}: same headers and body), and every answer, also the ones the HTTP layer gives itself for requests it
 * cannot parse, carries the security headers ({@code docs/rest.md}, {@code docs/performance.md}).
 *
 * <p><b>Thread safety.</b> Thread-safe; {@link #stop()} may be called from any thread, more than once.
 */
public final class HealthpageServer implements AutoCloseable {
    /** Request-handling threads. */
    static final int THREADS = 8;
    static final String LOOPBACK = "127.0.0.1";
    /** The configuration property holding the {@link HealthResponses}, for {@link ArticleResource}. */
    static final String RESPONSES = "io.healthpage.examples.rest.responses";

    /** Grizzly announces every start and stop at INFO; kept (strongly referenced) at WARNING unless configured. */
    private static final Logger GRIZZLY_LOG = quiet(Logger.getLogger("org.glassfish.grizzly"));

    private final HttpServer server;
    private final URI baseUri;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private HealthpageServer(HttpServer server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    /**
     * Starts serving {@code content} on 127.0.0.1.
     *
     * @param content the articles and their translations
     * @param port    the TCP port, or 0 for any free port (then read it from {@link #baseUri()})
     * @return the running server
     * @throws IllegalArgumentException if the port is outside 0–65535
     * @throws UncheckedIOException if the port cannot be bound (for instance, it is in use)
     */
    public static HealthpageServer start(HealthContent content, int port) {
        return start(application(content), LOOPBACK, port);
    }

    /** The Jersey application serving {@code content}: resources, writer, error pages, security headers. */
    static ResourceConfig application(HealthContent content) {
        HealthResponses http = HealthResponses.of(Objects.requireNonNull(content, "content"));
        return new ResourceConfig()
                // the resource as a class, finding the site in the configuration: registering a resource instance
                // works too, but makes Jersey log a misleading "provider will be ignored" warning (jersey issue 3700)
                .register(ArticleResource.class)
                .property(RESPONSES, http)
                .register(RenderedWriter.class)
                .register(new ErrorPages(http))
                .register(new SecurityHeaders())
                // no /application.wadl: it would describe the server's internals to anyone who asks
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    static HealthpageServer start(ResourceConfig app, String host, int port) {
        return start(app, host, port, true);
    }

    /** @param hotPath whether plain article requests are answered from the cache without Jersey ({@link CachedArticles}) */
    static HealthpageServer start(ResourceConfig app, String host, int port, boolean hotPath) {
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
        // the server's own pages for the few requests Jersey never sees; bare ones for an application of another kind
        HealthResponses http = app.getProperty(RESPONSES) instanceof HealthResponses h ? h : null;
        HttpServer server = new HttpServer();
        NetworkListener listener = new NetworkListener("healthpage", host, port);
        TCPNIOTransport transport = listener.getTransport();
        // Grizzly's default, said here because it is the point: without it every answer waits ~40 ms for a delayed ACK
        transport.setTcpNoDelay(true);
        transport.setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig().setPoolName("healthpage-http")
                .setCorePoolSize(THREADS).setMaxPoolSize(THREADS).setDaemon(true));
        listener.setDefaultErrorPageGenerator(GrizzlyGuards.errorPages());
        listener.registerAddOn(GrizzlyGuards.secureCodec(server.getServerConfiguration()));
        server.addListener(listener);
        ServerConfiguration config = server.getServerConfiguration();
        config.setDefaultQueryEncoding(StandardCharsets.UTF_8);
        config.setPassTraceRequest(true); // TRACE goes to Jersey, which answers 405 like any other method it does not serve
        config.setJmxEnabled(false);
        HttpHandler handler = new GrizzlyGuards.GuardedContainer(ContainerFactory.createContainer(GrizzlyHttpContainer.class, app), http);
        if (hotPath && http != null) handler = new CachedArticles(http.content(), handler);
        config.addHttpHandler(handler, HttpHandlerRegistration.ROOT);
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another port with --port, or 0 for any free port", e);
        }
        return new HealthpageServer(server, URI.create("http://" + host + ":" + listener.getPort() + "/"));
    }

    private static Logger quiet(Logger log) {
        if (log.getLevel() == null) log.setLevel(Level.WARNING);
        return log;
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:8080/}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Stops listening and ends the request threads at once (requests in progress are cut). Idempotent. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) return;
        server.shutdownNow();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Serves until interrupted (Ctrl+C): {@code [--port N] [--content DIR]}; port 8080 and the built-in
     * content by default. Exit code 2 for usage or I/O problems.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 8080;
        Path contentDir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                    case "--content" -> contentDir = Path.of(value(args, ++i, "--content"));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("healthpage serve: " + e.getMessage() + "\nusage: HealthpageServer [--port N] [--content DIR]");
            System.exit(2);
            return;
        }
        HealthpageServer server;
        try {
            HealthContent content = ContentLibrary.content(contentDir);
            content.problems().forEach(p -> System.err.println("warning: " + p));
            server = start(content, port);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("healthpage serve: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("healthpage: serving " + server.baseUri() + " (Ctrl+C to stop)");
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            done.countDown();
        }, "healthpage-shutdown"));
        done.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
