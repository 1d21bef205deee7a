/**
 * healthpage jakarta: the Jakarta EE integration ({@code io.healthpage.jakarta}), and the static site
 * writer {@link io.healthpage.jakarta.StaticSite} built on the same content loading. The Jakarta APIs it
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
    requires com.ibm.icu;     // StaticSite: the indexes are sorted with the collator of their language
    requires jakarta.json;    // StaticSite: its manifest

    exports io.healthpage.jakarta;
    // Jakarta REST and CDI create the writers and the producer reflectively
    opens io.healthpage.jakarta;
}
