package io.healthpage.examples.rest;

import io.healthpage.i18n.BundleSet;
import io.healthpage.i18n.LanguageNegotiator;
import io.healthpage.i18n.Localizer;
import io.healthpage.i18n.tools.BundleChecker;
import io.healthpage.jakarta.LocalizedArticle;
import io.healthpage.jakarta.LocalizedArticleWriter;
import io.healthpage.model.Article;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * Another application's resource that localizes by itself: it returns a {@link LocalizedArticle} and relies
 * on {@link LocalizedArticleWriter} (from healthpage-jakarta) for the HTML. The part between the markers
 * is the snippet of docs/rest.md, word for word ({@code LocalizedArticleWriterTest} checks).
 */
@Path("health")
public class HostResource {
    static Article article;
    static BundleSet bundles;

    // docs/rest.md: begin
    private final Localizer localizer = Localizer.builder().bundles(bundles)
            .translationCheck(BundleChecker.create().asTranslationCheck(article)).build(); // never show a changed dose
    private final LanguageNegotiator negotiator = LanguageNegotiator.of(article.sourceLocale(), bundles.locales());

    @GET @Produces(MediaType.TEXT_HTML)
    public LocalizedArticle page(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Locale locale = negotiator.negotiate(acceptLanguage); // only languages the article has: never "ja" on English
        return LocalizedArticle.of(localizer.localize(article, locale));
    }
    // docs/rest.md: end
}
