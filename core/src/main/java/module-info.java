/**
 * healthpage core: the article model, its JSON format, ICU message formatting, the HTML and JSON-LD
 * renderers, the sanitizer and the checker. Only API packages are exported; {@code io.healthpage.internal}
 * only to the other healthpage modules.
 */
@SuppressWarnings("module") // the qualified export names modules that are compiled after this one
module io.healthpage.core {
    requires transitive org.jsoup;       // Sanitizer#cleanInPlace takes a jsoup Element
    requires jakarta.json;
    requires com.ibm.icu;

    exports io.healthpage.model;
    exports io.healthpage.problem;
    exports io.healthpage.json;
    exports io.healthpage.text;
    exports io.healthpage.render;
    exports io.healthpage.safety;
    exports io.healthpage.check;
    exports io.healthpage.internal to io.healthpage.i18n, io.healthpage.jakarta, io.healthpage.examples;
}
