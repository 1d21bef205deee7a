package io.healthpage.examples.rest;

import io.healthpage.jakarta.HealthContent;
import io.healthpage.jakarta.HealthResponses;
import io.healthpage.jakarta.RenderedWriter;
import io.healthpage.examples.content.ContentLibrary;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import com.sun.net.httpserver.HttpServer;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jakarta REST example: serves a {@link HealthContent} with Jersey on the JDK's built-in HTTP
 * server, nothing to install; the answers come from {@code healthpage-jakarta} ({@link HealthResponses}),
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
 * requests on a fixed pool of {@value #THREADS} threads.
 *
 * <p><b>Thread safety.</b> Thread-safe; {@link #stop()} may be called from any thread, more than once.
 */
public final class HealthpageServer implements AutoCloseable {
    /** Request-handling threads. */
    static final int THREADS = 8;
    static final String LOOPBACK = "127.0.0.1";
    /** The configuration property holding the {@link HealthResponses}, for {@link ArticleResource}. */
    static final String RESPONSES = "io.healthpage.examples.rest.responses";

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private HealthpageServer(HttpServer server, ExecutorService executor, URI baseUri) {
        this.server = server;
        this.executor = executor;
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
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 (any free port) to 65535, was " + port);
        HttpServer server;
        try {
            server = JdkHttpServerFactory.createHttpServer(URI.create("http://" + host + ":" + port + "/"), app, false);
        } catch (ProcessingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + " (" + cause.getMessage()
                    + "); choose another port with --port, or 0 for any free port",
                    cause instanceof IOException io ? io : new IOException(cause));
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, threads());
        server.setExecutor(executor);
        server.start();
        InetSocketAddress bound = server.getAddress();
        return new HealthpageServer(server, executor, URI.create("http://" + host + ":" + bound.getPort() + "/"));
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "healthpage-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:8080/}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Stops listening and ends the request threads at once (requests in progress are cut). Idempotent. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) return;
        server.stop(0);
        executor.shutdownNow();
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
