package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import io.healthpage.problem.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run of {@link TranslationExchange#read} for a gettext PO file: a line-by-line parser that reports
 * syntax errors with {@code line:column}, skips to the next entry and goes on, so one broken entry never
 * costs the others. Accepts what gettext and translate-toolkit write: wrapped strings, {@code #|} previous
 * strings, obsolete {@code #~} entries (ignored), entries without {@code msgctxt} (the key is then taken
 * from a {@code #:} reference or, failing that, from a unique source text). Not thread-safe.
 */
final class PoReader {
    private static final String PLACEHOLDER_TRANSLATOR = "FULL NAME <EMAIL@ADDRESS>";

    /** One entry as written in the file. */
    private static final class Entry {
        int line;
        int column = 1;
        final List<String> translatorComments = new ArrayList<>();
        final List<String> references = new ArrayList<>();
        final List<String> flags = new ArrayList<>();
        String previousId;
        String context;
        String id;
        String idPlural;
        final Map<Integer, String> strs = new LinkedHashMap<>();
        String str;
        boolean obsolete;

        boolean empty() {
            return id == null && context == null && str == null && strs.isEmpty() && translatorComments.isEmpty()
                    && references.isEmpty() && flags.isEmpty() && previousId == null;
        }
    }

    /** Signals a syntax error at a column of the current line. */
    private static final class SyntaxError extends Exception {
        final int column;

        SyntaxError(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private final String file;
    private final Locale target;
    private final UnitImporter importer;
    private final List<Entry> entries = new ArrayList<>();
    private int lines;

    PoReader(String file, Bundle source, Locale target) {
        this.file = file;
        this.target = target;
        this.importer = new UnitImporter(file, source, target, UnitImporter.PO);
    }

    Xliff.ReadResult read(String text) {
        if (text.startsWith("\uFEFF")) {
            importer.problem(Severity.WARNING, "bom", 1, 1, null, "the file starts with a byte order mark",
                    "save it as UTF-8 without BOM");
            text = text.substring(1);
        }
        parse(text);
        Entry header = null;
        for (Entry e : entries) {
            if (!e.obsolete && e.context == null && "".equals(e.id)) {
                header = e;
                break;
            }
        }
        if (header == null) {
            importer.problem(Severity.ERROR, "no-header", 1, 1, null,
                    "the file has no header entry (msgid \"\" with Content-Type and Language): not a PO file written by a gettext tool",
                    "export the file again, or import it with the format it really has");
            return importer.unusable();
        }
        Map<String, String> fields = headerFields(header.str == null ? "" : header.str);
        BundleMetadata metadata = metadata(header, fields);
        if (metadata == null) return importer.unusable();
        for (Entry e : entries) {
            if (e == header || e.obsolete || e.id == null && e.context == null && e.str == null) continue;
            unit(e);
        }
        return importer.finish(metadata, lines, 1);
    }

    private void unit(Entry e) {
        List<String> keys = new ArrayList<>();
        if (e.context != null) keys.add(e.context);
        keys.addAll(e.references);
        UnitImporter.Error error = null;
        if (e.idPlural != null) {
            error = new UnitImporter.Error("gettext-plural", "a gettext plural entry (msgid_plural, msgstr[n])",
                    "these files carry plurals as ICU text in one msgid/msgstr: write the ICU plural {count, plural, one {…}"
                            + " other {…}} in the msgstr");
        }
        if (error == null && e.id == null) error = new UnitImporter.Error("syntax", "an entry without msgid", "export the file again");
        if (error == null && e.str == null) error = new UnitImporter.Error("syntax", "an entry without msgstr", "add msgstr \"\"");
        boolean fuzzy = e.flags.contains("fuzzy");
        String target = e.str == null || e.str.isEmpty() ? null : e.str;
        UnitImporter.Note note = UnitImporter.Note.of(e.translatorComments);
        String translatedFrom = !fuzzy ? null : e.previousId != null ? SourceHash.of(e.previousId) : note.translatedFrom();
        importer.add(new UnitImporter.Unit(e.line, e.column, keys, true, e.id, target,
                fuzzy || target == null ? Xliff.State.INITIAL : Xliff.State.TRANSLATED, translatedFrom, note.note(), error));
    }

    private BundleMetadata metadata(Entry header, Map<String, String> f) {
        int line = header.line;
        String type = f.get("content-type");
        if (type != null && !type.toLowerCase(Locale.ROOT).replace(" ", "").contains("charset=utf-8")) {
            importer.problem(Severity.ERROR, "encoding", line, 1, null, "Content-Type: " + type
                    + ": only UTF-8 files are read", "convert the file to UTF-8 (msgconv -t UTF-8) and set charset=UTF-8");
            return null;
        }
        Bundle source = importer.source();
        String expected = source.articleId() != null ? source.articleId() : null;
        String article = f.get("x-healthpage-article");
        if (article != null && !article.equals(expected)) {
            importer.problem(Severity.ERROR, "article-mismatch", line, 1, null, "X-Healthpage-Article: " + article
                    + " but the source is " + (expected == null ? "the page labels" : expected),
                    "import the file exported for " + (expected == null ? "the labels" : expected));
            return null;
        }
        String kind = f.get("x-healthpage-kind");
        if (kind != null && !kind.equals(source.kind().fileName())) {
            importer.problem(Severity.ERROR, "article-mismatch", line, 1, null, "X-Healthpage-Kind: " + kind
                    + " but the source is " + source.kind().fileName(), "import the file exported for this source");
            return null;
        }
        String srcLocale = f.get("x-healthpage-source-locale");
        if (srcLocale != null && !Locale.forLanguageTag(srcLocale).equals(source.locale())) {
            importer.problem(Severity.ERROR, "locale-mismatch", line, 1, null, "X-Healthpage-Source-Locale: "
                    + srcLocale + " but the source is " + source.locale().toLanguageTag(), "use the file exported for this article");
            return null;
        }
        String tag = f.get("x-healthpage-locale");
        String lang = f.get("language");
        Locale fileLocale = tag != null ? Locale.forLanguageTag(tag) : lang != null && !lang.isBlank() ? gettextLocale(lang) : null;
        if (fileLocale == null) {
            importer.problem(Severity.WARNING, "no-language", line, 1, null, "the header names no Language: read as "
                    + target.toLanguageTag(), "set Language: in the header");
        } else if (!fileLocale.equals(target)) {
            boolean sameLanguage = fileLocale.getLanguage().equals(target.getLanguage());
            importer.problem(sameLanguage ? Severity.WARNING : Severity.ERROR, "locale-mismatch", line, 1,
                    null, "the file is for " + fileLocale.toLanguageTag() + " but is read as " + target.toLanguageTag()
                            + (sameLanguage ? ": same language, read as " + target.toLanguageTag() : ""),
                    "import the file for the locale it was exported for");
            if (!sameLanguage) return null;
        }
        String translator = f.get("last-translator");
        if (translator != null && (translator.isBlank() || translator.equals(PLACEHOLDER_TRANSLATOR))) translator = null;
        boolean reviewed = "yes".equalsIgnoreCase(f.get("x-healthpage-medically-reviewed"));
        String reviewer = f.get("x-healthpage-reviewer");
        LocalDate date = null;
        String dateText = f.get("x-healthpage-review-date");
        if (dateText != null && !dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                importer.problem(Severity.ERROR, "invalid-value", line, 1, null, "X-Healthpage-Review-Date: "
                        + dateText + " is not a date", "write YYYY-MM-DD");
            }
        }
        if (reviewed && (reviewer == null || reviewer.isBlank())) {
            importer.problem(Severity.ERROR, "invalid-value", line, 1, null,
                    "X-Healthpage-Medically-Reviewed: yes without X-Healthpage-Reviewer: read as not reviewed", "name the reviewer");
            reviewed = false;
        }
        return new BundleMetadata(source.metadata().sourceLocale(), translator, reviewed, reviewer, date);
    }

    /** {@code pt_BR}, {@code sr@latin}, {@code de_DE.UTF-8} or a BCP 47 tag. */
    private static Locale gettextLocale(String value) {
        String v = value.strip();
        int cut = v.indexOf('.');
        if (cut >= 0) v = v.substring(0, cut);
        cut = v.indexOf('@');
        if (cut >= 0) v = v.substring(0, cut);
        return Locale.forLanguageTag(v.replace('_', '-'));
    }

    /** {@code Name: value} lines of the header, names in lower case. */
    private static Map<String, String> headerFields(String header) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : header.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) fields.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return fields;
    }

    // ---- the parser

    private void parse(String text) {
        String[] ls = text.split("\r\n|\n|\r", -1);
        lines = ls.length;
        if (ls.length > 0 && ls[ls.length - 1].isEmpty()) lines--;
        Entry e = new Entry();
        String last = null; // the keyword the last string belongs to: msgctxt, msgid, msgid_plural, msgstr, msgstr[n], previous
        boolean skipping = false;
        for (int i = 0; i < ls.length; i++) {
            String line = ls[i];
            int n = i + 1;
            String t = line.strip();
            if (t.isEmpty()) {
                e = flush(e);
                last = null;
                skipping = false;
                continue;
            }
            if (skipping && !(t.startsWith("#") || t.startsWith("msgctxt"))) continue;
            skipping = false;
            try {
                if (t.startsWith("#~")) {
                    if (e.str != null || !e.strs.isEmpty()) e = flush(e);
                    e.obsolete = true;
                    if (e.line == 0) e.line = n;
                    continue;
                }
                if (t.startsWith("#")) {
                    if (e.str != null || !e.strs.isEmpty()) {
                        e = flush(e);
                        last = null;
                    }
                    comment(e, line.substring(line.indexOf('#')), n, line.indexOf('#') + 1); // keep trailing spaces of comments
                    last = t.startsWith("#|") ? "previous" : null;
                    continue;
                }
                if (t.startsWith("\"")) {
                    if (last == null) throw new SyntaxError(line.indexOf('"') + 1, "a string without a keyword before it");
                    append(e, last, string(t, line.indexOf('"') + 1));
                    continue;
                }
                int sp = firstSpace(t);
                String keyword = sp < 0 ? t : t.substring(0, sp);
                int col = line.indexOf(keyword) + 1;
                if (sp < 0) throw new SyntaxError(col, "'" + keyword + "' without a string");
                String rest = t.substring(sp).strip();
                int restCol = line.indexOf(rest, col - 1 + keyword.length()) + 1;
                if (!(keyword.equals("msgctxt") || keyword.equals("msgid") || keyword.equals("msgid_plural")
                        || keyword.equals("msgstr") || keyword.matches("msgstr\\[\\d{1,3}]"))) {
                    throw new SyntaxError(col, "unknown keyword '" + keyword + "' (expected msgctxt, msgid or msgstr)");
                }
                if ((keyword.equals("msgctxt") || keyword.equals("msgid")) && (e.str != null || !e.strs.isEmpty())) {
                    e = flush(e);
                }
                if (e.line == 0 || e.id == null && e.context == null && (keyword.equals("msgctxt") || keyword.equals("msgid"))) {
                    e.line = n;
                    e.column = col;
                }
                String value = string(rest, restCol);
                switch (keyword) {
                    case "msgctxt" -> {
                        if (e.context != null || e.id != null) throw new SyntaxError(col, "msgctxt after msgctxt or msgid");
                        e.context = value;
                    }
                    case "msgid" -> {
                        if (e.id != null) throw new SyntaxError(col, "a second msgid in one entry (a msgstr is missing)");
                        e.id = value;
                    }
                    case "msgid_plural" -> {
                        if (e.id == null) throw new SyntaxError(col, "msgid_plural without msgid");
                        e.idPlural = value;
                    }
                    case "msgstr" -> {
                        if (e.id == null) throw new SyntaxError(col, "msgstr without msgid");
                        if (e.str != null) throw new SyntaxError(col, "a second msgstr in one entry");
                        e.str = value;
                    }
                    default -> {
                        if (e.id == null) throw new SyntaxError(col, keyword + " without msgid");
                        e.strs.put(Integer.parseInt(keyword.substring(7, keyword.length() - 1)), value);
                        if (e.str == null) e.str = "";
                    }
                }
                last = keyword;
            } catch (SyntaxError ex) {
                if (e.line == 0) e.line = n;
                importer.problem(Severity.ERROR, "syntax", n, ex.column, e.context,
                        "PO syntax: " + ex.getMessage() + (e.context != null || e.id != null ? ": the entry is not used" : ""),
                        "fix the line in a PO editor (msgfmt -c FILE shows the same errors), or export the file again");
                // the rest of this entry is skipped up to the next blank line; the entry itself is dropped
                e = new Entry();
                last = null;
                skipping = true;
            }
        }
        flush(e);
    }

    private Entry flush(Entry e) {
        if (!e.empty() || e.obsolete) entries.add(e);
        return new Entry();
    }

    private static int firstSpace(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isWhitespace(t.charAt(i))) return i;
        return -1;
    }

    private static void comment(Entry e, String t, int line, int column) throws SyntaxError {
        if (e.line == 0) e.line = line;
        if (t.startsWith("#.")) return; // extracted comments: the source's notes, not read back
        if (t.startsWith("#:")) {
            for (String ref : t.substring(2).strip().split("\\s+")) if (!ref.isEmpty()) e.references.add(ref);
        } else if (t.startsWith("#,")) {
            for (String flag : t.substring(2).split(",")) if (!flag.isBlank()) e.flags.add(flag.strip());
        } else if (t.startsWith("#|")) {
            String rest = t.substring(2).strip();
            if (rest.startsWith("msgid ")) {
                e.previousId = string(rest.substring(6).strip(), column + 2);
            } else if (rest.startsWith("\"") && e.previousId != null) {
                e.previousId += string(rest, column + 2);
            } // #| msgctxt and #| msgid_plural: not needed
        } else {
            String c = t.length() > 1 && t.charAt(1) == ' ' ? t.substring(2) : t.substring(1);
            e.translatorComments.add(c);
        }
    }

    private static void append(Entry e, String keyword, String value) {
        switch (keyword) {
            case "msgctxt" -> e.context += value;
            case "msgid" -> e.id += value;
            case "msgid_plural" -> e.idPlural += value;
            case "msgstr" -> e.str += value;
            case "previous" -> { }
            default -> {
                int n = Integer.parseInt(keyword.substring(7, keyword.length() - 1));
                e.strs.put(n, e.strs.get(n) + value);
            }
        }
    }

    /** A quoted string with C escapes; {@code column} is where its opening quote is. */
    static String string(String s, int column) throws SyntaxError {
        if (!s.startsWith("\"")) throw new SyntaxError(column, "expected a string in double quotes");
        StringBuilder sb = new StringBuilder(s.length());
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                if (!s.substring(i + 1).isBlank()) throw new SyntaxError(column + i + 1, "text after the closing quote");
                return sb.toString();
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) throw new SyntaxError(column + i, "a backslash at the end of the line");
                char d = s.charAt(i + 1);
                switch (d) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'a' -> sb.append('\u0007');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'v' -> sb.append('\u000B');
                    case '\\' -> sb.append('\\');
                    case '"' -> sb.append('"');
                    case '\'' -> sb.append('\'');
                    case '?' -> sb.append('?');
                    default -> {
                        if (d >= '0' && d <= '7') {
                            int j = i + 1;
                            int v = 0;
                            while (j < s.length() && j < i + 4 && s.charAt(j) >= '0' && s.charAt(j) <= '7') v = v * 8 + (s.charAt(j++) - '0');
                            sb.append((char) v);
                            i = j;
                            continue;
                        }
                        if (d == 'x') {
                            int j = i + 2;
                            int v = 0;
                            while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0 && j < i + 4) v = v * 16 + Character.digit(s.charAt(j++), 16);
                            if (j == i + 2) throw new SyntaxError(column + i, "\\x without hex digits");
                            sb.append((char) v);
                            i = j;
                            continue;
                        }
                        throw new SyntaxError(column + i, "unknown escape \\" + d);
                    }
                }
                i += 2;
                continue;
            }
            sb.append(c);
            i++;
        }
        throw new SyntaxError(column, "the string has no closing quote");
    }
}
