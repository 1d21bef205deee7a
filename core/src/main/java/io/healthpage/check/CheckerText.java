package io.healthpage.check;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.DateArg;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.PercentArg;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Term;
import io.healthpage.model.TextArg;
import io.healthpage.model.YearArg;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checker's single adapter from a {@link Message} to plain text. It stands in for the real
 * formatter ({@code io.healthpage.text}) and will be re-pointed to it: keep it this one small class.
 *
 * <p>Formats the ICU pattern with simplified arguments (a number as its {@code BigDecimal}, anything
 * else as a readable string) and removes the closed vocabulary of inline tags. A pattern that does not
 * parse is used as written (the validator reports the syntax error). Stateless and thread-safe
 * (a {@code MessageFormat} is built per call, never shared).
 */
final class CheckerText {
    private static final Pattern TERM_SELF = Pattern.compile("<term:([a-z0-9-]+)/>");
    private static final Pattern TAG = Pattern.compile(
            "</?(?:em|strong)>|</?term:[a-z0-9-]+>|</?link:[a-z0-9-]+>|<cite:[a-z0-9-]+/>");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([.,;:!?])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CheckerText() {}

    /** Plain text of a message; {@code <term:ID/>} becomes the term id (no article to look it up in). */
    static String plain(Message m) {
        return plain(m, null);
    }

    /** Plain text of a message; {@code <term:ID/>} becomes the text of the article's glossary term. */
    static String plain(Message m, Article article) {
        return stripTags(formatted(m), article);
    }

    /** The pattern formatted with its arguments, inline tags still in place. */
    static String formatted(Message m) {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, Arg> e : m.args().entrySet()) values.put(e.getKey(), simple(e.getValue()));
        try {
            return new MessageFormat(m.pattern(), ULocale.forLocale(m.locale())).format(values);
        } catch (IllegalArgumentException e) {
            return m.pattern();
        }
    }

    /** Removes inline tags from formatted text; inserted terms become their text. */
    static String stripTags(String formatted, Article article) {
        Matcher tm = TERM_SELF.matcher(formatted);
        StringBuilder sb = new StringBuilder();
        while (tm.find()) {
            Term t = article == null ? null : article.term(tm.group(1));
            String text = t == null ? tm.group(1) : stripTags(formatted(t.text()), null);
            tm.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        tm.appendTail(sb);
        String s = TAG.matcher(sb).replaceAll("");
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    private static Object simple(Arg a) {
        if (a instanceof NumberArg n) return n.value();
        if (a instanceof PercentArg p) return p.percent().toPlainString() + "%";
        if (a instanceof QuantityArg q) return q.value().toPlainString() + " " + q.unit().replace('-', ' ');
        if (a instanceof RangeArg r) {
            return r.low().toPlainString() + "\u2013" + r.high().toPlainString()
                    + (r.unit() == null ? "" : " " + r.unit().replace('-', ' '));
        }
        if (a instanceof DateArg d) return d.date().toString();
        if (a instanceof YearArg y) return Integer.toString(y.year());
        if (a instanceof TextArg t) return t.text();
        return String.valueOf(a);
    }
}
