/**
 * healthpage examples: the command-line tool ({@code io.healthpage.examples.cli}), the example content
 * and its loader ({@code io.healthpage.examples.content}) and the embedded Jakarta REST server
 * ({@code io.healthpage.examples.rest}, Jersey on Grizzly's HTTP server, built on {@code healthpage-jakarta}).
 * Runnable things, not a library: only the content loader and the server class are exported.
 */
module io.healthpage.examples {
    requires io.healthpage.jakarta;
    requires jakarta.json;
    requires jakarta.inject;
    requires info.picocli;
    requires org.glassfish.jersey.core.server;
    requires org.glassfish.jersey.container.grizzly2.http;
    requires org.glassfish.grizzly;
    requires org.glassfish.grizzly.http;
    requires org.glassfish.grizzly.http.server;
    requires java.logging;

    exports io.healthpage.examples.content;
    exports io.healthpage.examples.rest;
    // picocli fills the commands' fields reflectively; Jersey creates the resource and providers
    opens io.healthpage.examples.cli to info.picocli;
    opens io.healthpage.examples.rest;
}
