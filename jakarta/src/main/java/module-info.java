/**
 * healthpage jakarta: the Jakarta EE integration ({@code io.healthpage.jakarta}). The Jakarta APIs it
 * uses are provided by the application server; only {@link io.healthpage.jakarta.ServletContentSource} and
 * {@link io.healthpage.jakarta.HealthContentProducer} need the servlet and CDI APIs at run time.
 */
module io.healthpage.jakarta {
    requires transitive io.healthpage.i18n;
    requires transitive jakarta.ws.rs;
    requires static jakarta.servlet;
    requires static jakarta.cdi;
    requires static jakarta.inject;
    requires java.logging;

    exports io.healthpage.jakarta;
    // Jakarta REST and CDI create the writers and the producer reflectively
    opens io.healthpage.jakarta;
}
