package io.healthpage.json;

import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.ArticleDates;
import io.healthpage.model.Audience;
import io.healthpage.model.Block;
import io.healthpage.model.Breadcrumb;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.CalloutKind;
import io.healthpage.model.Code;
import io.healthpage.model.CodingSystem;
import io.healthpage.model.DateArg;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.License;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.PercentArg;
import io.healthpage.model.Person;
import io.healthpage.model.PersonKind;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.Quote;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedKind;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Table;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import io.healthpage.model.Topic;
import io.healthpage.model.TopicKind;
import io.healthpage.model.YearArg;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates valid articles from a seed, through the model constructors. Ids come from a
 * counter so they are unique; explicit keys use a prefix no derived key has, so keys are unique;
 * every declared argument is used in its pattern. Not thread-safe.
 */
final class RandomArticles {
    private static final String[] LOCALES = {"en", "es", "de-CH", "zh-Hant-TW", "ar", "sr-Latn", "pt-BR"};
    private static final String[] UNITS = {"minute", "hour", "day", "milligram", "milligram-per-kilogram"};
    private static final String[] URLS = {"https://a.example/x?y=1#z", "http://b.example", "/relative/page", "../up",
        "page.html", "#anchor", "mailto:editors@a.example", "//cdn.example/img.png"};
    /** Text pieces without ICU syntax characters, but with everything JSON must escape. */
    private static final String[] WORDS = {"ketamine", "pain", "relief", "\"quoted\"", "back\\slash", "tab\there",
        "line\nbreak", "café", "中文", "عربى", "😀", "<em>x</em>", "a/b", "~tilde", "#hash", "|pipe", "\u0001ctl",
        "1,250", "’curly’", "line\u2028separator", "del\u007f", "lone\uD83D", "\u00a0nbsp"};

    private final Random rnd;
    private Locale source;
    private int ids;
    private int keys;
    private final List<String> referenceIds = new ArrayList<>();

    RandomArticles(long seed) {
        rnd = new Random(seed);
    }

    Article article() {
        source = Locale.forLanguageTag(pick(LOCALES));
        Article.Builder b = Article.builder(id("article"), source);
        if (rnd.nextBoolean()) b.canonicalUrl("https://health.example/" + ids);
        if (rnd.nextInt(4) == 0) b.locale(Locale.forLanguageTag(pick(LOCALES)));
        b.contentVersion(rnd.nextBoolean() ? "1" : "2026-11-27 rev " + rnd.nextInt(9));
        b.title(msg("title"));
        if (rnd.nextBoolean()) b.description(msg("description"));
        int crumbs = rnd.nextInt(3);
        for (int i = 1; i <= crumbs; i++) b.breadcrumb(new Breadcrumb(msg("breadcrumb." + i), pick(URLS)));
        for (int i = rnd.nextInt(3); i > 0; i--) b.author(person());
        for (int i = rnd.nextInt(2); i > 0; i--) b.reviewer(person());
        b.dates(dates());
        if (rnd.nextBoolean()) b.disclosure(msg("disclosure"));
        if (rnd.nextBoolean()) b.disclaimer(msg("disclaimer"));
        for (Audience a : Audience.values()) if (rnd.nextBoolean()) b.audience(a);
        for (int i = rnd.nextInt(3); i > 0; i--) {
            String id = id("topic");
            List<Code> codes = new ArrayList<>();
            for (int c = rnd.nextInt(3); c > 0; c--) codes.add(new Code(pick(CodingSystem.values()), "C" + rnd.nextInt(999)));
            b.topic(new Topic(id, pick(TopicKind.values()), msg("topic." + id + ".name"), codes));
        }
        if (rnd.nextBoolean()) {
            b.license(new License(rnd.nextBoolean() ? "CC BY 4.0" : null, rnd.nextBoolean() ? pick(URLS) : null,
                    rnd.nextBoolean() ? msg("license.attribution") : null));
        }
        // references first: quotes may point at them
        List<Reference> refs = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) refs.add(reference());
        int takeaways = rnd.nextInt(3);
        for (int i = 1; i <= takeaways; i++) b.takeaway(msg("takeaway." + i));
        for (Block block : blocks("lead", 2)) b.lead(block);
        for (int i = rnd.nextInt(3); i > 0; i--) b.section(section(2));
        for (int i = rnd.nextInt(3); i > 0; i--) {
            String id = id("faq");
            b.faq(new FaqItem(id, msg("faq." + id + ".question"), nonEmpty(() -> blocks("faq." + id + ".answer", 1))));
        }
        refs.forEach(b::reference);
        for (int i = rnd.nextInt(3); i > 0; i--) {
            String id = id("term");
            TermKind kind = pick(TermKind.values());
            Message expansion = kind == TermKind.ABBREVIATION || rnd.nextBoolean() ? msg("term." + id + ".expansion") : null;
            b.term(Term.builder(id, kind, msg("term." + id + ".text"))
                    .expansion(expansion).definition(rnd.nextBoolean() ? msg("term." + id + ".definition") : null)
                    .doNotTranslate(rnd.nextBoolean()).build());
        }
        for (int i = rnd.nextInt(3); i > 0; i--) b.link(new LinkTarget(id("link"), pick(URLS)));
        return b.build();
    }

    private Reference reference() {
        String id = id("ref");
        referenceIds.add(id);
        List<String> authors = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) authors.add(words());
        Integer year = rnd.nextBoolean() ? 1000 + rnd.nextInt(9000) : null;
        // an updated year needs the publication year and is not before it
        Integer updated = year != null && rnd.nextBoolean() ? year + rnd.nextInt(10_000 - year) : null;
        return Reference.builder(id, words())
                .authors(authors).container(maybe(this::words)).publisher(maybe(this::words))
                .year(year).updated(updated).url(rnd.nextBoolean() ? pick(URLS) : null)
                .doi(maybe(() -> "10.1000/" + rnd.nextInt(9999))).pmid(maybe(() -> String.valueOf(rnd.nextInt(99_999_999))))
                .accessed(rnd.nextBoolean() ? date() : null)
                .language(rnd.nextBoolean() ? Locale.forLanguageTag(pick(LOCALES)) : null).build();
    }

    private Person person() {
        String id = id("person");
        // sometimes given by role only, the name not known yet
        Person.Builder b = rnd.nextInt(4) == 0 ? Person.byRole(id, pick(PersonKind.values()), msg("person." + id + ".role"))
                : Person.builder(id, pick(PersonKind.values()), words())
                        .role(rnd.nextBoolean() ? msg("person." + id + ".role") : null);
        return b.credentials(rnd.nextBoolean() ? msg("person." + id + ".credentials") : null)
                .url(rnd.nextBoolean() ? pick(URLS) : null)
                .bio(rnd.nextBoolean() ? msg("person." + id + ".bio") : null).build();
    }

    private ArticleDates dates() {
        if (rnd.nextInt(4) == 0) return ArticleDates.NONE;
        LocalDate published = date();
        LocalDate updated = rnd.nextBoolean() ? published.plusDays(rnd.nextInt(400)) : null;
        LocalDate reviewed = rnd.nextBoolean() ? published.plusDays(rnd.nextInt(400)) : null;
        LocalDate next = reviewed != null && rnd.nextBoolean() ? reviewed.plusDays(1 + rnd.nextInt(700)) : null;
        return new ArticleDates(rnd.nextBoolean() ? published : null, updated, reviewed, next);
    }

    private Section section(int depth) {
        String id = id("section");
        List<Block> blocks = blocks("section." + id, 2);
        List<Section> subs = new ArrayList<>();
        if (depth > 0) for (int i = rnd.nextInt(3); i > 0; i--) subs.add(section(depth - 1));
        return new Section(id, msg("section." + id + ".heading"), blocks, subs);
    }

    private List<Block> nonEmpty(Supplier<List<Block>> s) {
        List<Block> b = s.get();
        while (b.isEmpty()) b = s.get();
        return b;
    }

    private List<Block> blocks(String prefix, int depth) {
        List<Block> out = new ArrayList<>();
        int n = rnd.nextInt(4);
        for (int i = 1; i <= n; i++) {
            String id = rnd.nextBoolean() ? id("block") : null;
            out.add(block(Keys.block(prefix, id, i), id, depth));
        }
        return out;
    }

    private Block block(String key, String id, int depth) {
        switch (rnd.nextInt(depth > 0 ? 8 : 7)) {
            case 0:
                return new Paragraph(id, msg(key));
            case 1: {
                List<Message> items = new ArrayList<>();
                int n = 1 + rnd.nextInt(3);
                for (int i = 1; i <= n; i++) items.add(msg(key + ".item." + i));
                return new BulletList(id, items);
            }
            case 2: {
                List<ListItem> items = new ArrayList<>();
                int n = 1 + rnd.nextInt(3);
                for (int i = 1; i <= n; i++) {
                    // a title, a body, or both (a title alone is an item with nothing more to say)
                    int shape = rnd.nextInt(3);
                    items.add(new ListItem(shape != 0 ? msg(key + ".item." + i + ".title") : null,
                            shape != 1 ? msg(key + ".item." + i + ".body") : null));
                }
                return new NumberedList(id, items);
            }
            case 3:
                return new Quote(id, msg(key + ".text"), rnd.nextBoolean() ? msg(key + ".source") : null,
                        !referenceIds.isEmpty() && rnd.nextBoolean() ? pick(referenceIds.toArray(new String[0])) : null);
            case 4: {
                boolean decorative = rnd.nextInt(3) == 0;
                return Figure.builder(pick(URLS))
                        .id(id).alt(decorative ? null : msg(key + ".alt")).decorative(decorative)
                        .caption(rnd.nextBoolean() ? msg(key + ".caption") : null)
                        .credit(rnd.nextBoolean() ? msg(key + ".credit") : null).build();
            }
            case 5: {
                int cols = 1 + rnd.nextInt(3);
                List<Message> header = new ArrayList<>();
                if (rnd.nextBoolean()) for (int c = 1; c <= cols; c++) header.add(msg(key + ".header." + c));
                List<List<Message>> rows = new ArrayList<>();
                int nrows = 1 + rnd.nextInt(3);
                for (int r = 1; r <= nrows; r++) {
                    List<Message> row = new ArrayList<>();
                    for (int c = 1; c <= cols; c++) row.add(msg(key + ".row." + r + ".cell." + c));
                    rows.add(row);
                }
                return new Table(id, msg(key + ".caption"), header, rows, rnd.nextBoolean());
            }
            case 6:
                return new RelatedLink(id, pick(RelatedKind.values()), pick(URLS), msg(key + ".title"),
                        rnd.nextBoolean() ? msg(key + ".description") : null);
            default:
                return new Callout(id, pick(CalloutKind.values()), rnd.nextBoolean() ? msg(key + ".title") : null,
                        nonEmpty(() -> blocks(key + ".body", depth - 1)));
        }
    }

    /** A message at a place whose derived key is {@code derivedKey}; sometimes with an explicit key instead. */
    private Message msg(String derivedKey) {
        String key = rnd.nextInt(5) == 0 ? "custom." + (++keys) : derivedKey;
        Map<String, Arg> args = new LinkedHashMap<>();
        StringBuilder pattern = new StringBuilder(words());
        for (int i = rnd.nextInt(4); i > 0; i--) {
            String name = "a" + i;
            Arg arg = arg();
            args.put(name, arg);
            if (arg instanceof NumberArg && rnd.nextBoolean()) {
                pattern.append(" {").append(name).append(", plural, one {# ").append(words()).append("} other {# ")
                        .append(words()).append("}}");
            } else {
                pattern.append(" {").append(name).append('}');
            }
            pattern.append(' ').append(words());
        }
        Locale locale = source;
        TextStatus status = TextStatus.SOURCE;
        if (rnd.nextInt(5) == 0) {
            locale = Locale.forLanguageTag(pick(LOCALES));
            status = pick(TextStatus.values());
        }
        return Message.builder(key, pattern.toString(), locale)
                .note(rnd.nextInt(4) == 0 ? words() : null).args(args).status(status).build();
    }

    private Arg arg() {
        switch (rnd.nextInt(7)) {
            case 0: return new NumberArg(decimal());
            case 1: return new PercentArg(decimal());
            case 2: return new QuantityArg(decimal(), pick(UNITS));
            case 3: {
                BigDecimal low = decimal();
                BigDecimal high = low.add(BigDecimal.valueOf(rnd.nextInt(100)));
                return new RangeArg(low, high, rnd.nextBoolean() ? pick(UNITS) : null);
            }
            case 4: return new DateArg(date(), rnd.nextBoolean() ? "yMMMd" : null);
            case 5: return new YearArg(1 + rnd.nextInt(9999));
            default: return new TextArg(words());
        }
    }

    /** Decimals of every shape: negative, fractional, and with negative scale (written as 1.2E+3). */
    private BigDecimal decimal() {
        return new BigDecimal(BigInteger.valueOf(rnd.nextInt(200_000) - 100_000), rnd.nextInt(6) - 2);
    }

    private LocalDate date() {
        return LocalDate.of(1950 + rnd.nextInt(100), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    }

    private String words() {
        StringBuilder sb = new StringBuilder(pick(WORDS));
        for (int i = rnd.nextInt(3); i > 0; i--) sb.append(' ').append(pick(WORDS));
        return sb.toString();
    }

    private String maybe(Supplier<String> s) {
        return rnd.nextBoolean() ? s.get() : null;
    }

    private String id(String kind) {
        return kind + "-" + (++ids);
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
