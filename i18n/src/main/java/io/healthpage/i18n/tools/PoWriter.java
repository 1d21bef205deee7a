package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes gettext PO (one locale) and POT (the template) files. The layout is documented in
 * {@code docs/bundle-format.md}, "gettext PO and POT". Stateless and thread-safe.
 */
final class PoWriter {
    /** The flag that tells Weblate to check the text as ICU MessageFormat. */
    static final String ICU_FLAG = "icu-message-format";
    /** Translator comment that carries the source hash a stale translation was made from. */
    static final String TRANSLATED_FROM = "translated-from-source: ";
    /** The value of {@link #TRANSLATED_FROM} for a stale translation made from an unknown source. */
    static final String UNKNOWN_SOURCE = "unknown";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mmZ", Locale.ROOT);

    private PoWriter() {}

    /**
     * A PO file for {@code target}'s locale ({@code template}: a POT file with empty translations and no
     * language), dated {@code now}.
     */
    static String write(Bundle source, Bundle target, boolean template, ZonedDateTime now) {
        StringBuilder sb = new StringBuilder();
        String what = source.articleId() != null ? "the article \"" + source.articleId() + "\"" : "the page labels";
        String tag = target.locale().toLanguageTag();
        sb.append(template ? "# Template for translations of " + what + " (" + source.locale().toLanguageTag() + ").\n"
                : "# Translation of " + what + " into " + tag + ".\n");
        sb.append("# Written by healthpage: translate the msgstr of each entry, keep the msgctxt; read it back with\n")
                .append("# 'healthpage bundle import --locale ").append(template ? "TAG" : tag).append(" FILE'.\n");
        if (template) sb.append("#\n#, fuzzy\n");
        String date = now.withZoneSameInstant(ZoneOffset.UTC).format(DATE);
        BundleMetadata m = target.metadata();
        List<String> header = new ArrayList<>();
        header.add("Project-Id-Version: healthpage " + (source.articleId() != null ? source.articleId() : "labels"));
        header.add("Report-Msgid-Bugs-To: ");
        header.add("POT-Creation-Date: " + date);
        header.add("PO-Revision-Date: " + (template ? "YEAR-MO-DA HO:MI+ZONE" : date));
        header.add("Last-Translator: " + (template ? "FULL NAME <EMAIL@ADDRESS>" : m.translator() == null ? "" : m.translator()));
        header.add("Language-Team: " + (template ? "LANGUAGE <LL@li.org>" : ""));
        header.add("Language: " + (template ? "" : tag.replace('-', '_')));
        header.add("MIME-Version: 1.0");
        header.add("Content-Type: text/plain; charset=UTF-8");
        header.add("Content-Transfer-Encoding: 8bit");
        header.add("X-Generator: healthpage");
        if (!template) header.add("X-Healthpage-Locale: " + tag);
        header.add("X-Healthpage-Source-Locale: " + source.locale().toLanguageTag());
        header.add("X-Healthpage-Kind: " + source.kind().fileName());
        if (source.articleId() != null) header.add("X-Healthpage-Article: " + source.articleId());
        if (!template) {
            header.add("X-Healthpage-Medically-Reviewed: " + (m.medicallyReviewed() ? "yes" : "no"));
            if (m.reviewer() != null) header.add("X-Healthpage-Reviewer: " + m.reviewer());
            if (m.reviewDate() != null) header.add("X-Healthpage-Review-Date: " + m.reviewDate());
        }
        StringBuilder h = new StringBuilder();
        for (String line : header) h.append(oneLine(line)).append('\n');
        sb.append("msgid \"\"\n");
        string(sb, "msgstr", h.toString());
        for (BundleEntry s : source.entries().values()) {
            sb.append('\n');
            entry(sb, s, template ? null : target.entries().get(s.key()));
        }
        return sb.toString();
    }

    private static void entry(StringBuilder sb, BundleEntry s, BundleEntry t) {
        String hash = SourceHash.of(s.text());
        boolean stale = t != null && !t.isTranslationOf(s.text());
        if (t != null && t.note() != null) comment(sb, "# ", t.note());
        if (stale) sb.append("# ").append(TRANSLATED_FROM).append(t.sourceHash() == null ? UNKNOWN_SOURCE : t.sourceHash()).append('\n');
        if (s.note() != null) comment(sb, "#. ", s.note());
        comment(sb, "#. ", "Source hash: " + hash);
        if (stale) {
            comment(sb, "#. ", "Stale: this translation was made from " + (t.sourceHash() == null ? "an unknown source text"
                    : "an older source text (hash " + t.sourceHash() + ")") + ". Check it against the source, revise it"
                    + " and remove the fuzzy flag.");
        }
        sb.append("#: ").append(reference(s.key())).append('\n');
        sb.append("#, ").append(stale ? "fuzzy, " : "").append(ICU_FLAG).append('\n');
        string(sb, "msgctxt", s.key());
        string(sb, "msgid", s.text());
        string(sb, "msgstr", t == null ? "" : t.text());
    }

    /** A key as a PO reference: references are separated by white space, so none may contain any. */
    static String reference(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        key.codePoints().forEach(c -> sb.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? '_' : c));
        return sb.toString();
    }

    private static void comment(StringBuilder sb, String prefix, String text) {
        for (String line : text.split("\r\n|\r|\n", -1)) sb.append(prefix).append(clean(line)).append('\n');
    }

    /** A keyword and its string, split after each {@code \n} as gettext does. */
    private static void string(StringBuilder sb, String keyword, String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' && i + 1 < s.length()) {
                parts.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        sb.append(keyword).append(' ');
        if (parts.size() > 1) sb.append("\"\"\n");
        for (String p : parts) sb.append('"').append(escape(p)).append("\"\n");
    }

    /** C escapes as gettext writes them; other control characters stay as they are (gettext does the same). */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        String c = clean(s);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case 0x0B -> sb.append("\\v");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** gettext strings cannot hold NUL, and UTF-8 cannot hold a lone surrogate: both become U+FFFD. */
    private static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean bad = ch == 0 || Character.isHighSurrogate(ch) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                    || Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (bad && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.append(bad ? '\uFFFD' : ch);
        }
        return sb == null ? s : sb.toString();
    }

    /** A header value stays on its line: line breaks become spaces. */
    private static String oneLine(String s) {
        return s.replaceAll("[\r\n]+", " ");
    }
}
