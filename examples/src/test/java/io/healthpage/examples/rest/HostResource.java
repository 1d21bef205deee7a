package io.healthpage.examples.rest;

import io.healthpage.i18n.LanguageNegotiator;
import io.healthpage.i18n.Localizer;
import io.healthpage.jakarta.LocalizedArticle;
import io.healthpage.jakarta.LocalizedArticleWriter;
import io.healthpage.model.Article;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * Another application's resource that localizes by itself: it returns a {@link LocalizedArticle} and relies
 * on {@link LocalizedArticleWriter} (from healthpage-jakarta) for the HTML.
 */
@Path("health")
public class HostResource {
    static Article article;
    static Localizer localizer;

    @GET
    @Path("{lang}")
    @Produces(MediaType.TEXT_HTML)
    public LocalizedArticle page(@PathParam("lang") String lang) {
        Locale locale = LanguageNegotiator.parseTag(lang).orElseThrow(BadRequestException::new);
        return LocalizedArticle.of(localizer.localize(article, locale));
    }
}
