package io.healthpage.jakarta;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link Rendered} body — the HTML page, the fragment, the JSON-LD or the article JSON — with its
 * own {@code Content-Type} (UTF-8 whatever charset was asked for) and {@code Content-Language}. A
 * resource may return {@code content.render(kind, id, locale).orElseThrow(NotFoundException::new)} directly;
 * {@link HealthResponses} returns it inside a complete response.
 *
 * <p>Annotated {@link Provider}, so servers that scan the application find it; register it yourself
 * ({@code Application#getClasses}) when you list classes explicitly. Only writes {@code Rendered}.
 *
 * <p><b>Thread safety.</b> Stateless and thread-safe.
 */
@Provider
@Produces({MediaType.TEXT_HTML, "application/ld+json", MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public final class RenderedWriter implements MessageBodyWriter<Rendered> {
    /** Created by the Jakarta REST runtime (or by you, to register an instance). */
    public RenderedWriter() {}

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Rendered.class.isAssignableFrom(type);
    }

    @Override
    public long getSize(Rendered body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return body.length();
    }

    @Override
    public void writeTo(Rendered body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, body.kind().mediaType());
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, body.language().toLanguageTag());
        body.writeTo(out);
    }
}
