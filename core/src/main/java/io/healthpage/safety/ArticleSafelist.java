package io.healthpage.safety;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The one safelist: exactly the elements and attributes the renderer emits, nothing else.
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
    static final Set<String> TAGS = Set.of(
            "article", "section", "aside", "nav", "header", "footer", "div", "span", "p",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "a", "em", "strong",
            "abbr", "dfn", "cite", "q", "blockquote", "time", "figure", "figcaption", "img", "table",
            "caption", "thead", "tbody", "tr", "th", "td", "details", "summary", "bdi", "sup", "small",
            "br", "hr");

    static final Set<String> GLOBAL_ATTRIBUTES = Set.of(
            "id", "class", "lang", "dir", "role", "aria-label", "aria-labelledby", "aria-describedby",
            "aria-current", "hidden", "translate");

    static final Map<String, Set<String>> TAG_ATTRIBUTES = Map.of(
            "a", Set.of("href", "rel", "target", "hreflang", "type"),
            "img", Set.of("src", "alt", "width", "height", "loading", "decoding"),
            "time", Set.of("datetime"),
            "th", Set.of("scope", "colspan", "rowspan"),
            "td", Set.of("colspan", "rowspan"),
            "abbr", Set.of("title"),
            "dfn", Set.of("title"),
            "blockquote", Set.of("cite"),
            "q", Set.of("cite"),
            "ol", Set.of("start", "reversed"));

    /** The URL-valued attribute of each tag that has one. */
    static final Map<String, String> URL_ATTRIBUTE = Map.of(
            "a", "href", "img", "src", "blockquote", "cite", "q", "cite");

    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]{0,199}");
    private static final Pattern ID_LIST = Pattern.compile("\\s*" + ID + "(?:\\s+" + ID + ")*\\s*");
    private static final Pattern CLASS_LIST = Pattern.compile("[A-Za-z0-9_\\s-]*");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z\\s-]*");
    private static final Pattern LANG = Pattern.compile("|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,6}");
    private static final Pattern DATETIME = Pattern.compile("[0-9A-Za-z:+.\\- ]{1,64}");
    private static final Pattern MIME = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+");

    private static final Map<String, Set<String>> ENUMERATED = Map.of(
            "dir", Set.of("ltr", "rtl", "auto"),
            "aria-current", Set.of("page", "step", "location", "date", "time", "true", "false"),
            "hidden", Set.of("", "hidden", "until-found"),
            "translate", Set.of("", "yes", "no"),
            "target", Set.of("_blank", "_self"),
            "loading", Set.of("lazy", "eager"),
            "decoding", Set.of("sync", "async", "auto"),
            "scope", Set.of("row", "col", "rowgroup", "colgroup"),
            "reversed", Set.of("", "reversed"));

    private static final Map<String, Pattern> PATTERNS = Map.ofEntries(
            Map.entry("id", ID),
            Map.entry("aria-labelledby", ID_LIST),
            Map.entry("aria-describedby", ID_LIST),
            Map.entry("class", CLASS_LIST),
            Map.entry("role", WORDS),
            Map.entry("rel", WORDS),
            Map.entry("lang", LANG),
            Map.entry("hreflang", LANG),
            Map.entry("width", NUMBER),
            Map.entry("height", NUMBER),
            Map.entry("colspan", NUMBER),
            Map.entry("rowspan", NUMBER),
            Map.entry("start", INTEGER),
            Map.entry("datetime", DATETIME),
            Map.entry("type", MIME));

    /** The one instance; declared after the tables it is built from. */
    static final ArticleSafelist INSTANCE = new ArticleSafelist();

    private final boolean frozen;

    private ArticleSafelist() {
        super();
        addTags(TAGS.toArray(new String[0]));
        addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(new String[0]));
        TAG_ATTRIBUTES.forEach((tag, attrs) -> addAttributes(tag, attrs.toArray(new String[0])));
        addProtocols("a", "href", "http", "https", "mailto");
        addProtocols("img", "src", "http", "https");
        addProtocols("blockquote", "cite", "http", "https");
        addProtocols("q", "cite", "http", "https");
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

    /** Whether an attribute value of an allowed attribute is acceptable. */
    static boolean valueAllowed(String key, String value) {
        Set<String> allowed = ENUMERATED.get(key);
        if (allowed != null) return allowed.contains(value.trim().toLowerCase(Locale.ROOT));
        Pattern p = PATTERNS.get(key);
        return p == null || p.matcher(value).matches();
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
