package io.healthpage.jakarta;

import io.healthpage.i18n.Languages;
import io.healthpage.model.Arg;
import io.healthpage.model.Message;
import io.healthpage.model.TextArg;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.text.Labels;
import io.healthpage.safety.Html;
import io.healthpage.text.FormattedText;
import io.healthpage.text.MessageFormatter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The server's own pages (the article list and the error pages), written as text with every value
 * escaped. They embed exactly the renderer's stylesheet, so one CSP hash covers every page.
 * Stateless.
 */
final class Pages {
    /** Reader input echoed in an error page is cut to this many characters. */
    static final int MAX_ECHO = 80;

    private Pages() {}

    /** GET /: every article, its title in the closest language to {@code ui}, and links to each language. */
    static String index(HealthContent site, Locale ui, String basePath) {
        Labels labels = site.labels(ui);
        Page p = new Page(site.formatter, labels, ui);
        String title = p.plain(labels.get("index.title"), Map.of());
        p.head(title);
        p.out.append("<h1>").append(p.text(labels.get("index.title"), Map.of())).append("</h1>\n");
        int n = 0;
        for (HealthContent.Entry a : site.entries()) {
            n++;
            String href = basePath + "articles/" + encode(a.id());
            Message t = a.localize(ui).article().title();
            p.out.append("<article aria-labelledby=\"a").append(n).append("\">\n<h2 id=\"a").append(n).append("\"><a href=\"")
                    .append(Html.escapeAttr(href)).append("\"").append(Page.langAttrs(t.locale(), ui)).append(">")
                    .append(Html.escapeText(site.formatter.format(t).isolatedText())).append("</a></h2>\n");
            p.out.append("<p id=\"a").append(n).append("-langs\">").append(p.text(labels.get("index.available"), Map.of()))
                    .append("</p>\n<div class=\"hp-languages\"><ul aria-labelledby=\"a").append(n).append("-langs\">\n");
            for (Languages.SwitcherEntry e : Languages.switcherEntries(a.locales())) {
                p.out.append("<li><a href=\"").append(Html.escapeAttr(href + "?lang=" + e.tag())).append("\" hreflang=\"")
                        .append(Html.escapeAttr(e.tag())).append("\" lang=\"").append(Html.escapeAttr(e.tag()))
                        .append("\" dir=\"").append(e.rightToLeft() ? "rtl" : "ltr").append("\">")
                        .append(Html.escapeText(e.nativeName())).append("</a></li>\n");
            }
            p.out.append("</ul></div>\n</article>\n");
        }
        return p.end();
    }

    /** 404: no article called {@code what}. */
    static String notFound(HealthContent site, Locale ui, String what, String basePath) {
        return error(site, ui, "error.notFound.title", "error.notFound.body", Map.of("id", new TextArg(echo(what))), basePath);
    }

    /** 400: {@code lang} is not a language tag. */
    static String badLanguage(HealthContent site, Locale ui, String lang, String basePath) {
        return error(site, ui, "error.badLanguage.title", "error.badLanguage.body", Map.of("lang", new TextArg(echo(lang))), basePath);
    }

    private static String error(HealthContent site, Locale ui, String titleKey, String bodyKey, Map<String, Arg> args, String basePath) {
        Labels labels = site.labels(ui);
        Page p = new Page(site.formatter, labels, ui);
        p.head(p.plain(labels.get(titleKey), Map.of()));
        p.out.append("<h1>").append(p.text(labels.get(titleKey), Map.of())).append("</h1>\n<p>")
                .append(p.text(labels.get(bodyKey), args)).append("</p>\n");
        p.backLink(labels, basePath);
        return p.end();
    }

    /**
     * Any other error (405, 406, 500, …): the status and its standard English reason, with a link back
     * to the list. There are no labels for these, so the page is in English; nothing of the request or
     * the server is shown apart from an incident number for 500s, which the log has too.
     */
    static String generic(HealthContent site, int status, String reason, String incident, String basePath) {
        Page p = new Page(site.formatter, site.labels(Locale.ENGLISH), Locale.ENGLISH);
        String title = status + " " + reason;
        p.head(title);
        p.out.append("<h1>").append(Html.escapeText(title)).append("</h1>\n");
        if (incident != null) {
            p.out.append("<p>Something went wrong on our side. If it happens again, please tell us the incident number ")
                    .append(Html.escapeText(incident)).append(".</p>\n");
        }
        p.backLink(p.labels, basePath);
        return p.end();
    }

    /** Cuts reader input to {@link #MAX_ECHO} characters (never splitting a surrogate pair). */
    static String echo(String s) {
        if (s == null) return "";
        if (s.length() <= MAX_ECHO) return s;
        int end = Character.isHighSurrogate(s.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
        return s.substring(0, end) + "…";
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * One page being written: a complete document in {@code locale} with the renderer's stylesheet, a
     * skip link and one {@code <main>}. Also used for the static site's indexes ({@link SitePages}).
     */
    static final class Page {
        final MessageFormatter formatter;
        final Labels labels;
        final Locale locale;
        final StringBuilder out = new StringBuilder(4096);

        Page(MessageFormatter formatter, Labels labels, Locale locale) {
            this.formatter = formatter;
            this.labels = labels;
            this.locale = locale;
        }

        void head(String title) {
            head(title, "", "");
        }

        /** The head with {@code headExtra} before the stylesheet, and {@code beforeMain} between the skip link and main. */
        void head(String title, String headExtra, String beforeMain) {
            out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escapeAttr(locale.toLanguageTag())).append("\" dir=\"")
                    .append(dir(locale)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                    .append(Html.escapeText(title)).append("</title>\n").append(headExtra).append("<style>").append(HtmlRenderer.stylesheet())
                    .append("</style>\n</head>\n<body>\n<a class=\"hp-skip\" href=\"#hp-main\">")
                    .append(text(labels.get("skip"), Map.of())).append("</a>\n").append(beforeMain).append("<main id=\"hp-main\">\n");
        }

        void backLink(Labels labels, String basePath) {
            out.append("<p><a href=\"").append(Html.escapeAttr(basePath)).append("\">")
                    .append(text(labels.get("error.backToList"), Map.of())).append("</a></p>\n");
        }

        String end() {
            out.append("</main>\n</body>\n</html>\n");
            return out.toString();
        }

        /** The label formatted, escaped, and marked with its language when that is not the page's. */
        String text(Message label, Map<String, Arg> args) {
            FormattedText f = formatter.format(label.key(), label.pattern(), args, label.locale());
            String escaped = Html.escapeText(f.isolatedText());
            String attrs = langAttrs(label.locale(), locale);
            return attrs.isEmpty() ? escaped : "<span" + attrs + ">" + escaped + "</span>";
        }

        String plain(Message label, Map<String, Arg> args) {
            return formatter.format(label.key(), label.pattern(), args, label.locale()).plainText();
        }

        static String langAttrs(Locale l, Locale context) {
            if (l.toLanguageTag().equals(context.toLanguageTag())) return "";
            return " lang=\"" + Html.escapeAttr(l.toLanguageTag()) + "\" dir=\"" + dir(l) + "\"";
        }

        static String dir(Locale l) {
            return Languages.isRightToLeft(l) ? "rtl" : "ltr";
        }
    }
}
