package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every exchange-format reader (XLIFF 2.0, XLIFF 1.2, PO) does with the units it has parsed: find
 * the message key, refuse unknown and duplicate units, check each target against its source
 * ({@link XliffChecks}), decide whether it is current or stale, and collect the problems with the unit's
 * {@code line:column}. Good units are kept, bad ones reported and left out. One instance per file read;
 * not thread-safe.
 */
final class UnitImporter {
    /**
     * The words one format uses in its problems.
     *
     * @param prefix problem code prefix, e.g. {@code xliff} or {@code po}
     * @param unit what a unit is called: {@code unit} or {@code entry}
     * @param element how a unit is written, with {@code %s} for its key: {@code <unit id="%s">}
     * @param initialState how the not-yet-confirmed state reads in the file ({@code state="initial"}, {@code fuzzy})
     * @param confirm how to confirm a translation in this format
     */
    record Dialect(String prefix, String unit, String element, String initialState, String confirm) {
        String unitRef(String key) {
            return String.format(element, key);
        }
    }

    static final Dialect XLIFF2 = new Dialect("xliff", "unit", "<unit id=\"%s\">", "in state initial",
            "set the state to translated when the translation is done");
    static final Dialect XLIFF12 = new Dialect("xliff", "unit", "<trans-unit id=\"%s\">",
            "not approved (state needs-translation or needs-review-translation)",
            "set the state to translated (approved=\"yes\") when the translation is done");
    static final Dialect PO = new Dialect("po", "entry", "entry with msgctxt \"%s\"", "fuzzy",
            "remove the fuzzy flag when the translation is done");

    /**
     * One unit as parsed from the file.
     *
     * @param line 1-based line of the unit's start, or 0
     * @param column 1-based column, or 0
     * @param keys the places that may name the key, in order of trust (id, resname, msgctxt, locations);
     *     the first that is a key of the source wins
     * @param matchText whether a unit none of whose {@code keys} is a source key may be matched by its source
     *     text (when exactly one source message has that text)
     * @param source the unit's source text as read (may be {@code null} when the format has none)
     * @param target the target text, or {@code null} when the unit has none
     * @param state the unit's state (never {@code null})
     * @param translatedFrom for a unit in {@link Xliff.State#INITIAL}: the source hash it was translated from,
     *     {@code ""} for "none", {@code null} when the file does not say
     * @param note the translator's note to keep, or {@code null}
     * @param error the problem that makes the unit unusable (code suffix and message), or {@code null}
     */
    record Unit(int line, int column, List<String> keys, boolean matchText, String source, String target,
            Xliff.State state, String translatedFrom, String note, Error error) {
        Unit {
            keys = keys.stream().filter(Objects::nonNull).toList();
        }
    }

    /**
     * A translator's note and the stale marker among its lines ({@link PoWriter#TRANSLATED_FROM}), which
     * the PO export writes and tools that turn PO into XLIFF carry along as a note.
     *
     * @param note the other lines, or {@code null}
     * @param translatedFrom the marked hash, {@code ""} for "unknown", {@code null} without a marker
     */
    record Note(String note, String translatedFrom) {
        static Note of(List<String> texts) {
            List<String> lines = new ArrayList<>();
            String from = null;
            for (String t : texts) {
                for (String line : t.split("\n", -1)) {
                    if (line.startsWith(PoWriter.TRANSLATED_FROM)) {
                        String v = line.substring(PoWriter.TRANSLATED_FROM.length()).strip();
                        from = v.equals(PoWriter.UNKNOWN_SOURCE) ? "" : v;
                    } else {
                        lines.add(line);
                    }
                }
            }
            return new Note(lines.isEmpty() ? null : String.join("\n", lines), from);
        }
    }

    /** A problem found while parsing a unit, which makes it unusable. */
    record Error(String code, String message, String hint) {}

    private final String file;
    private final Bundle source;
    private final Locale target;
    private final Dialect dialect;
    final List<Problem> problems = new ArrayList<>();
    private final Map<String, Xliff.State> states = new LinkedHashMap<>();
    private final Map<String, BundleEntry> entries = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, List<String>> keysByText = new LinkedHashMap<>();

    UnitImporter(String file, Bundle source, Locale target, Dialect dialect) {
        this.file = Objects.requireNonNull(file, "file");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "targetLocale");
        this.dialect = dialect;
        for (BundleEntry e : source.entries().values()) keysByText.computeIfAbsent(e.text(), k -> new ArrayList<>()).add(e.key());
    }

    Bundle source() {
        return source;
    }

    /** Adds a problem at {@code line:column} (0 when unknown). */
    void problem(Severity severity, String code, int line, int column, String key, String message, String hint) {
        problems.add(Problem.builder(dialect.prefix() + "." + code, message).severity(severity)
                .at(file, line, line == 0 ? 0 : Math.max(1, column)).key(key).suggestion(hint).build());
    }

    /** A result for a file that could not be used at all, with the problems so far. */
    Xliff.ReadResult unusable() {
        return new Xliff.ReadResult(null, Map.of(), problems);
    }

    /** Checks one unit and keeps it if it is good. */
    void add(Unit u) {
        String key = resolve(u);
        String label = !u.keys().isEmpty() ? u.keys().get(0) : u.source();
        if (key == null && label == null) {
            problem(Severity.ERROR, "missing-id", u.line(), u.column(), null,
                    "a " + dialect.unit() + " without a key: not used", "export the file again");
            return;
        }
        if (key == null) {
            problem(Severity.WARNING, "unknown-unit", u.line(), u.column(), label,
                    "the source has no message '" + label + "' (renamed or removed): the " + dialect.unit() + " is not used",
                    "export the file again from the current source");
            return;
        }
        if (!seen.add(key)) {
            problem(Severity.ERROR, "duplicate-unit", u.line(), u.column(), key,
                    "a second " + dialect.unitRef(key) + ": only the first is used", "delete the duplicate " + dialect.unit());
            return;
        }
        if (u.error() != null) {
            problem(Severity.ERROR, u.error().code(), u.line(), u.column(), key,
                    u.error().message() + ": the " + dialect.unit() + " is not used", u.error().hint());
            return;
        }
        states.put(key, u.state());
        String current = source.entries().get(key).text();
        String sourceText = u.source() != null ? u.source() : current;
        if (!sourceText.equals(current)) {
            problem(Severity.WARNING, "source-changed", u.line(), u.column(), key,
                    "the source text changed since this file was exported: the translation is kept but counts as stale",
                    "export the file again and revise the translation against the new source");
        }
        String text = u.target();
        if (text == null || text.isEmpty()) {
            if (u.state() != Xliff.State.INITIAL) {
                problem(Severity.ERROR, "empty-target", u.line(), u.column(), key,
                        "the " + dialect.unit() + " is marked " + u.state().xmlName()
                                + " but the target is empty: the message stays untranslated",
                        "translate the text, or mark it as not translated");
            }
            return;
        }
        XliffChecks.Finding f = XliffChecks.check(sourceText, text, target);
        if (f != null) {
            problems.add(Problem.builder(f.code().replaceFirst("^xliff\\.", dialect.prefix() + "."),
                    f.message() + ": the translation is not used").at(file, u.line(), u.line() == 0 ? 0 : Math.max(1, u.column()))
                    .key(key).suggestion(f.hint()).build());
            return;
        }
        String hash;
        if (u.state() != Xliff.State.INITIAL) {
            hash = SourceHash.of(sourceText);
        } else if (u.translatedFrom() != null) {
            hash = u.translatedFrom().isEmpty() ? null : u.translatedFrom();
        } else {
            hash = null;
            problem(Severity.WARNING, "unconfirmed", u.line(), u.column(), key,
                    "the target is " + dialect.initialState() + ": imported as unconfirmed (stale), so readers see the"
                            + " source until it is confirmed", dialect.confirm());
        }
        entries.put(key, new BundleEntry(key, text, hash, u.note(), u.line(), u.column()));
    }

    private String resolve(Unit u) {
        for (String k : u.keys()) if (source.entries().containsKey(k)) return k;
        if (u.matchText() && u.source() != null) {
            List<String> keys = keysByText.get(u.source());
            if (keys != null && keys.size() == 1) return keys.get(0);
        }
        return null;
    }

    /**
     * The result: source keys without a unit are warned about at {@code endLine:endColumn}; the bundle keeps
     * the source order.
     */
    Xliff.ReadResult finish(BundleMetadata metadata, int endLine, int endColumn) {
        for (String key : source.entries().keySet()) {
            if (!seen.contains(key)) {
                problem(Severity.WARNING, "missing-unit", endLine, endColumn, key,
                        "no " + dialect.unitRef(key) + ": the message stays untranslated",
                        "export the file again to get every " + dialect.unit() + " of the current source");
            }
        }
        Map<String, BundleEntry> ordered = new LinkedHashMap<>();
        for (String key : source.entries().keySet()) if (entries.containsKey(key)) ordered.put(key, entries.get(key));
        Bundle bundle = new Bundle(file, target, source.kind(), source.articleId(), metadata, ordered);
        return new Xliff.ReadResult(bundle, states, problems);
    }
}
