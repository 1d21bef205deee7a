package io.healthpage.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The closed HTML vocabulary of healthpage: the elements and attributes the renderer emits, and what
 * their values may look like. One table for two users: the sanitizer's safelist
 * ({@code io.healthpage.safety.ArticleSafelist}) is built from it, and the renderer's tag writer checks
 * what renderer extensions write against it. Immutable, thread-safe; not instantiable.
 *
 * <p>Internal: {@code module-info} exports this package only to the other healthpage modules.
 */
public final class HtmlVocabulary {
    private HtmlVocabulary() {}

    /** The elements. */
    public static final Set<String> TAGS = Set.of(
            "article", "section", "aside", "nav", "header", "footer", "div", "span", "p",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "a", "em", "strong",
            "abbr", "dfn", "cite", "q", "blockquote", "time", "figure", "figcaption", "img", "table",
            "caption", "thead", "tbody", "tr", "th", "td", "details", "summary", "bdi", "sup", "small",
            "br", "hr");

    /** The elements that have no content and no end tag. */
    public static final Set<String> VOID_TAGS = Set.of("img", "br", "hr");

    /** The attributes allowed on every element. */
    public static final Set<String> GLOBAL_ATTRIBUTES = Set.of(
            "id", "class", "lang", "dir", "role", "aria-label", "aria-labelledby", "aria-describedby",
            "aria-current", "hidden", "translate");

    /** The attributes allowed on particular elements, besides the global ones. */
    public static final Map<String, Set<String>> TAG_ATTRIBUTES = Map.of(
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

    /** The URL-valued attribute of each element that has one. */
    public static final Map<String, String> URL_ATTRIBUTE = Map.of(
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
    /** {@code data-*} attribute names as the renderer's extensions may write them (lower case, XML-compatible). */
    private static final Pattern DATA_NAME = Pattern.compile("data-[a-z][a-z0-9-]{0,62}");

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

    /**
     * Whether {@code attribute} (lower case) may appear on {@code tag}.
     *
     * @param tag an element of {@link #TAGS}
     * @param attribute the attribute name
     * @return whether it is global or allowed on that element
     */
    public static boolean allowed(String tag, String attribute) {
        return GLOBAL_ATTRIBUTES.contains(attribute) || TAG_ATTRIBUTES.getOrDefault(tag, Set.of()).contains(attribute);
    }

    /**
     * Whether a value of an allowed attribute is acceptable: tokens where the attribute is a token
     * ({@code id}, {@code class}, {@code dir} …), anything for free text ({@code alt}, {@code aria-label}).
     *
     * @param attribute the attribute name, lower case
     * @param value the value, unescaped
     * @return whether the value fits
     */
    public static boolean valueAllowed(String attribute, String value) {
        Set<String> allowed = ENUMERATED.get(attribute);
        if (allowed != null) return allowed.contains(value.trim().toLowerCase(Locale.ROOT));
        Pattern p = PATTERNS.get(attribute);
        return p == null || p.matcher(value).matches();
    }

    /**
     * Whether {@code name} is a {@code data-*} attribute name the renderer's extensions may write:
     * {@code data-} and a lower-case letter, then lower-case letters, digits and hyphens (64 characters at most).
     *
     * @param name the attribute name
     * @return whether it is such a name
     */
    public static boolean isDataAttribute(String name) {
        return name.startsWith("data-") && DATA_NAME.matcher(name).matches();
    }
}
