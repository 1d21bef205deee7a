package io.healthpage.jakarta;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * One rendered body, as {@link HealthContent} caches it and {@link RenderedWriter} writes it: the bytes
 * (UTF-8), what kind of body it is, the language it is really in (for {@code Content-Language}) and its
 * strong entity tag. Immutable and thread-safe: the bytes are never handed out, only written or copied.
 */
public final class Rendered {
    /** What a body is, with its media type. */
    public enum Kind {
        /** A complete HTML page: {@code lang}/{@code dir}, language switcher, stylesheet, JSON-LD. */
        PAGE("text/html;charset=utf-8"),
        /** An {@code <article>} to embed in the host's own page (serve {@code HtmlRenderer.stylesheet()} with it). */
        FRAGMENT("text/html;charset=utf-8"),
        /** The article's schema.org JSON-LD. */
        JSON_LD("application/ld+json"),
        /** The localized article in the article JSON format ({@code docs/article-format.md}). */
        JSON("application/json;charset=utf-8");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }

        /** The {@code Content-Type} of this kind of body, e.g. {@code text/html;charset=utf-8}. */
        public String mediaType() {
            return mediaType;
        }
    }

    private final Kind kind;
    private final byte[] bytes;
    private final String etag;
    private final Locale language;

    Rendered(Kind kind, String text, Locale language) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
        this.language = Objects.requireNonNull(language, "language");
        this.etag = "\"" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(ContentLoader.sha256().digest(bytes)) + "\"";
    }

    /** What kind of body this is. */
    public Kind kind() {
        return kind;
    }

    /** The language the body is in: the {@code Content-Language} to send, and the page's {@code lang}. */
    public Locale language() {
        return language;
    }

    /**
     * The strong entity tag, quoted as in the {@code ETag} header: {@code "} + base64url(SHA-256 of the
     * bytes) + {@code "}. Any change of a byte changes it.
     */
    public String etag() {
        return etag;
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** The body as text. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Writes the bytes to {@code out} (not closed). */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    @Override
    public String toString() {
        return kind + " " + language.toLanguageTag() + " " + bytes.length + " bytes " + etag;
    }
}
