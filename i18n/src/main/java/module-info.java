/**
 * healthpage i18n: translator bundles, CLDR fallback chains, language negotiation, the localizer
 * ({@code io.healthpage.i18n}) and the translator toolkit ({@code io.healthpage.i18n.tools}).
 * {@code requires io.healthpage.i18n;} is enough to use it: core's API (the model, the renderers) is
 * required transitively, since it appears in this module's signatures.
 */
module io.healthpage.i18n {
    requires transitive io.healthpage.core;
    requires jakarta.json;
    requires com.ibm.icu;
    requires java.xml; // XLIFF through the JDK's StAX

    exports io.healthpage.i18n;
    exports io.healthpage.i18n.tools;
}
