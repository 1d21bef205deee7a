package io.healthpage.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads the per-language word lists shipped as resources next to this class:
 * {@code jargon_<lang>.txt} ("term = plain alternative" lines) and {@code actions_<lang>.txt} (one
 * phrase a line). (Vague link texts are not here: they are the page label {@code check.vagueLinks}, so
 * translators supply them with the other labels.) {@code #} starts a comment; files are UTF-8. A
 * language without a file has an empty list.
 */
final class WordLists {
    private WordLists() {}

    /** A jargon entry and the pattern that finds it as whole words (plural -s/-es allowed). */
    record Jargon(String term, String plain, Pattern pattern) {
        static Jargon of(String term, String plain) {
            String t = term.strip();
            if (t.isEmpty() || plain.isBlank()) {
                throw new IllegalArgumentException("a jargon entry needs a term and a plain alternative, got \""
                        + term + "\" = \"" + plain + "\"");
            }
            String re = "(?<![\\p{L}\\p{N}])" + Pattern.quote(t).replace(" ", "\\E\\s+\\Q")
                    + "(?:s|es)?(?![\\p{L}\\p{N}])";
            return new Jargon(t, plain.strip(), Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    static Map<String, String> jargon(String language) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = "jargon_" + language + ".txt";
        List<String> lines = lines(name);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null) continue;
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected \"term = plain alternative\" but found \""
                        + line + "\"");
            }
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return out;
    }

    static List<String> phrases(String prefix, String language) {
        List<String> out = new ArrayList<>();
        for (String line : lines(prefix + "_" + language + ".txt")) if (line != null) out.add(line.toLowerCase(Locale.ROOT));
        return out;
    }

    /** The lines of a resource, comments and blanks as {@code null} (so indices stay line numbers − 1). */
    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                out.add(s.isEmpty() ? null : s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checker word list " + name, e);
        }
        return out;
    }
}
