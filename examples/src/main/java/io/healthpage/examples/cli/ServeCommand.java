package io.healthpage.examples.cli;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.examples.rest.HealthpageServer;
import io.healthpage.jakarta.HealthContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code healthpage serve}: the Jakarta REST example ({@link HealthpageServer}) until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the articles over HTTP on 127.0.0.1 (the Jakarta REST example; see docs/rest.md)",
                "until interrupted with Ctrl+C: GET /, /articles/{id}?lang=TAG, /articles/{id}.json, /articles/{id}/jsonld."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--content", paramLabel = "DIR",
            description = "A folder of <article-id>/article.json and <article-id>/i18n/<locale>.json (default: the built-in example).")
    Path content;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) throw CliException.usage("--port must be 0 (any free port) to 65535, was " + port);
        if (content != null && !Files.isDirectory(content)) throw CliException.usage(content + ": --content must be a folder");
        HealthContent library = ContentLibrary.content(content);
        library.problems().forEach(p -> main.err.println("warning: " + p));
        if (library.ids().isEmpty()) throw CliException.usage((content == null ? "the built-in content" : content) + ": no article could be loaded");
        HealthpageServer server = HealthpageServer.start(library, port);
        try {
            main.out.println("serving " + library.ids().size() + " article" + (library.ids().size() == 1 ? "" : "s")
                    + " at " + server.baseUri() + " (Ctrl+C to stop)");
            main.out.flush();
            new CountDownLatch(1).await(); // until interrupted; Ctrl+C ends the JVM, whose threads are daemons
            return Main.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.OK;
        } finally {
            server.stop();
        }
    }
}
