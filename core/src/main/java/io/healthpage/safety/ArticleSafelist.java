package io.healthpage.safety;

import io.healthpage.internal.HtmlVocabulary;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The one safelist: exactly the elements and attributes the renderer emits, nothing else (the
 * tables are {@link HtmlVocabulary}, which the renderer also checks its extensions against).
 * Built once ({@link #INSTANCE}) and frozen: every mutator throws, so it cannot be widened after
 * construction. Never handed out of this package. Thread-safe (read-only after construction).
 *
 * <p>On top of jsoup's name checks it constrains attribute <em>values</em> (ids are tokens,
 * {@code dir} is ltr/rtl/auto, {@code target} is {@code _blank}/{@code _self}, numbers are
 * numbers …), so that nothing but plain text can travel in an allowed attribute. URL attributes
 * are also limited by jsoup's protocol check (http, https, mailto; relative links are kept),
 * after {@link UrlPolicy} has already decided on and normalised them.
 */
final class ArticleSafelist extends Safelist {
    static final Set<String> TAGS = HtmlVocabulary.TAGS;
    static final Set<String> GLOBAL_ATTRIBUTES = HtmlVocabulary.GLOBAL_ATTRIBUTES;
    static final Map<String, Set<String>> TAG_ATTRIBUTES = HtmlVocabulary.TAG_ATTRIBUTES;
    /** The URL-valued attribute of each tag that has one. */
    static final Map<String, String> URL_ATTRIBUTE = HtmlVocabulary.URL_ATTRIBUTE;

    /** The schemes jsoup's protocol check allows per URL attribute (relative links are judged as resolved). */
    static final Map<String, Set<String>> PROTOCOLS = Map.of(
            "a", Set.of("http", "https", "mailto"),
            "img", Set.of("http", "https"),
            "blockquote", Set.of("http", "https"),
            "q", Set.of("http", "https"));

    /** The one instance; declared after the tables it is built from. */
    static final ArticleSafelist INSTANCE = new ArticleSafelist();

    private final boolean frozen;

    private ArticleSafelist() {
        super();
        addTags(TAGS.toArray(new String[0]));
        addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(new String[0]));
        TAG_ATTRIBUTES.forEach((tag, attrs) -> addAttributes(tag, attrs.toArray(new String[0])));
        PROTOCOLS.forEach((tag, schemes) -> addProtocols(tag, URL_ATTRIBUTE.get(tag), schemes.toArray(new String[0])));
        // relative links are checked against a placeholder base, then written back unchanged
        preserveRelativeLinks(true);
        frozen = true;
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
        String key = attr.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on") || key.equals("style")) return false; // never, whatever else changes
        if (!super.isSafeAttribute(tagName, el, attr)) return false;
        return valueAllowed(key, attr.getValue());
    }

    /**
     * jsoup's checks alone (the name is allowed on the tag; a URL attribute's scheme, judged on the URL
     * resolved against the element's base, is allowed), without ours on top: for a URL attribute whose
     * value the {@link UrlPolicy} already accepted.
     */
    boolean protocolAllowed(String tagName, Element el, Attribute attr) {
        return super.isSafeAttribute(tagName, el, attr);
    }

    /** Whether {@code mailto:} URLs are allowed in the URL attribute of {@code tag}. */
    static boolean allowsMailto(String tag) {
        Set<String> schemes = PROTOCOLS.get(tag);
        return schemes != null && schemes.contains("mailto");
    }

    /** Whether an attribute value of an allowed attribute is acceptable. */
    static boolean valueAllowed(String key, String value) {
        return HtmlVocabulary.valueAllowed(key, value);
    }

    private ArticleSafelist frozen() {
        if (frozen) {
            throw new UnsupportedOperationException("the healthpage safelist is fixed: change ArticleSafelist itself");
        }
        return this;
    }

    @Override
    public Safelist addTags(String... tags) {
        frozen();
        return super.addTags(tags);
    }

    @Override
    public Safelist removeTags(String... tags) {
        frozen();
        return super.removeTags(tags);
    }

    @Override
    public Safelist addAttributes(String tag, String... attributes) {
        frozen();
        return super.addAttributes(tag, attributes);
    }

    @Override
    public Safelist removeAttributes(String tag, String... attributes) {
        frozen();
        return super.removeAttributes(tag, attributes);
    }

    @Override
    public Safelist addEnforcedAttribute(String tag, String attribute, String value) {
        frozen();
        return super.addEnforcedAttribute(tag, attribute, value);
    }

    @Override
    public Safelist removeEnforcedAttribute(String tag, String attribute) {
        frozen();
        return super.removeEnforcedAttribute(tag, attribute);
    }

    @Override
    public Safelist preserveRelativeLinks(boolean preserve) {
        frozen();
        return super.preserveRelativeLinks(preserve);
    }

    @Override
    public Safelist addProtocols(String tag, String attribute, String... protocols) {
        frozen();
        return super.addProtocols(tag, attribute, protocols);
    }

    @Override
    public Safelist removeProtocols(String tag, String attribute, String... protocols) {
        frozen();
        return super.removeProtocols(tag, attribute, protocols);
    }
}
