package io.healthpage.jakarta;

import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.text.MessageFormatter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link LocalizedArticle} as a complete, accessible HTML page ({@link HtmlRenderer} in
 * {@link OutputMode#PAGE}: {@code lang}/{@code dir}, the language switcher, {@code hreflang} links,
 * the embedded stylesheet and JSON-LD), so that a resource method of any Jakarta REST application can
 * simply return the localized article, when it localizes by itself rather than through
 * {@link HealthContent} (which caches, and is what {@link HealthResponses} uses). Negotiate first — only
 * among the languages the article has — and build the localizer with the dose check:
 *
 * <pre>
 * &#64;Path("health")
 * public class HealthResource {
 *     private final Localizer localizer = Localizer.builder().bundles(bundles)
 *             .translationCheck(BundleChecker.create().asTranslationCheck(article)).build();
 *     private final LanguageNegotiator negotiator = LanguageNegotiator.of(article.sourceLocale(), bundles.locales());
 *
 *     &#64;GET &#64;Produces(MediaType.TEXT_HTML)
 *     public LocalizedArticle page(&#64;HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
 *         return LocalizedArticle.of(localizer.localize(article, negotiator.negotiate(acceptLanguage)));
 *     }
 * }
 * </pre>
 *
 * <p>The HTML is UTF-8 whatever the requested charset. A page served this way embeds a {@code <style>}
 * element: a Content-Security-Policy must allow it, e.g. with {@code style-src 'sha256-…'} computed from
 * {@link HtmlRenderer#stylesheet()}: {@link HealthContent#contentSecurityPolicy()}.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe; one instance serves every request.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public final class LocalizedArticleWriter implements MessageBodyWriter<LocalizedArticle> {
    private final HtmlRenderer base;

    /** A writer with its own message formatter. */
    public LocalizedArticleWriter() {
        this(MessageFormatter.create());
    }

    /** A writer sharing {@code formatter} (and its cache of compiled patterns) with the rest of the application. */
    public LocalizedArticleWriter(MessageFormatter formatter) {
        base = HtmlRenderer.builder().mode(OutputMode.PAGE).formatter(Objects.requireNonNull(formatter, "formatter")).build();
    }

    /**
     * The page as HTML text, exactly as {@link #writeTo} writes it (for callers that need the body
     * first, e.g. to compute an {@code ETag}).
     */
    public String html(LocalizedArticle page) {
        Objects.requireNonNull(page, "page");
        HtmlRenderer renderer = base.toBuilder().labels(page.localization().labels()).build();
        return renderer.render(page.localization().article(), page.localization().pageContext(page.alternates())).html();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return LocalizedArticle.class.isAssignableFrom(type)
                && (mediaType == null || mediaType.isWildcardType() || mediaType.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    @Override
    public void writeTo(LocalizedArticle page, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException, WebApplicationException {
        httpHeaders.putSingle("Content-Type", Rendered.Kind.PAGE.mediaType());
        httpHeaders.putSingle("Content-Language", page.localization().article().locale().toLanguageTag());
        entityStream.write(html(page).getBytes(StandardCharsets.UTF_8));
    }
}
