package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.DefinedRule.Stage.ENTRY;
import static io.healthpage.problem.Severity.ERROR;

import java.util.ArrayList;
import java.util.List;

/** The rules about health facts: numbers, doses and do-not-translate names stay as the source has them. */
final class FactRules {
    private FactRules() {}

    static final DefinedRule NUMBER_CHANGED = DefinedRule.builtIn("facts.number-changed", ERROR,
            "Write every number, dose and unit exactly as the source does (digits of your script are fine).", ENTRY, e -> {
                List<Numbers.Num> want = e.src.numbers();
                List<Numbers.Num> have = Numbers.find(e.t.literals, e.facts.locale);
                if (want.isEmpty() && have.isEmpty()) return;
                List<Numbers.Num> missing = new ArrayList<>(want);
                List<Numbers.Num> extra = new ArrayList<>();
                List<String> unitChanges = new ArrayList<>();
                for (Numbers.Num h : have) {
                    Numbers.Num match = null;
                    for (Numbers.Num m : missing) {
                        if (m.value().compareTo(h.value()) == 0) {
                            match = m;
                            break;
                        }
                    }
                    if (match == null) {
                        extra.add(h);
                        continue;
                    }
                    missing.remove(match);
                    if (match.unit() != null && h.unit() != null && !match.unit().equals(h.unit())) {
                        unitChanges.add(match.show() + " became " + h.show());
                    }
                }
                if (missing.isEmpty() && extra.isEmpty() && unitChanges.isEmpty()) {
                    reversedRanges(e, want, have);
                    return;
                }
                StringBuilder msg = new StringBuilder();
                if (!missing.isEmpty() || !extra.isEmpty()) {
                    msg.append("numbers differ from the source: the source has ").append(list(want))
                            .append(", the translation has ").append(list(have));
                    if (!missing.isEmpty()) msg.append(" (missing: ").append(list(missing)).append(')');
                    if (!extra.isEmpty()) msg.append(" (not in the source: ").append(list(extra)).append(')');
                }
                if (!unitChanges.isEmpty()) {
                    if (msg.length() > 0) msg.append("; ");
                    msg.append("units changed: ").append(String.join(", ", unitChanges));
                }
                e.add(msg.toString(), "write every number, dose and range exactly as the source: " + list(want));
            });

    /**
     * The same numbers, but a range of the source with its ends swapped ("40–60" → "60–40", "5 to 10 mg" →
     * "10 a 5 mg"). Only numbers the source joins as a range count: separate numbers of a sentence may be
     * reordered. In the translation "and" joins a range too ("entre 60 y 40").
     */
    private static void reversedRanges(EntryCheck e, List<Numbers.Num> want, List<Numbers.Num> have) {
        if (want.size() < 2) return;
        List<Numbers.Range> source = new ArrayList<>(Numbers.ranges(e.src.info().literals, want, false));
        if (source.isEmpty()) return;
        List<Numbers.Range> unmatched = new ArrayList<>();
        for (Numbers.Range t : Numbers.ranges(e.t.literals, have, true)) {
            Numbers.Range same = source.stream().filter(t::same).findFirst().orElse(null);
            if (same != null) source.remove(same);
            else unmatched.add(t);
        }
        for (Numbers.Range t : unmatched) {
            Numbers.Range s = source.stream().filter(t::reverses).findFirst().orElse(null);
            if (s == null) continue;
            source.remove(s);
            e.add("the range " + s.show() + " of the source is reversed in the translation: " + t.show()
                            + " (the same numbers, but the ends swapped)",
                    "write the range from " + s.from().show() + " to " + s.to().show() + ", as the source does");
        }
    }

    static final DefinedRule DO_NOT_TRANSLATE = DefinedRule.builtIn("facts.do-not-translate", ERROR,
            "Keep the drug or brand name as written in the source (or as the bundle's own term entry gives it).", ENTRY, e -> {
                // pseudo-locales (en-XA, ar-XB) transform every letter on purpose, names included
                if (e.src.dnt().isEmpty() || e.facts.pseudo) return;
                String folded = null;
                for (SourceIndex.Dnt d : e.src.dnt()) {
                    if (e.t.pattern.contains("<term:" + d.id() + "/>")) continue;
                    if (folded == null) folded = SourceIndex.fold(PatternInfo.strip(e.t.pattern));
                    if (folded.contains(d.folded()) || folded.contains(d.stem())) continue;
                    String local = e.facts.translatedTerms.get(d.id());
                    if (local != null && !local.isEmpty() && (folded.contains(local) || folded.contains(SourceIndex.stem(local))
                            || folded.contains(withoutArticle(local)))) {
                        continue;
                    }
                    e.add("the name \u201c" + d.text() + "\u201d of the source is missing: drug and brand names must stay as written"
                                    + (local != null ? " (or as this bundle's term." + d.id() + ".text gives it)" : ""),
                            "keep \u201c" + d.text() + "\u201d" + (local != null ? " or your term." + d.id() + ".text" : ""));
                }
            });

    static final List<DefinedRule> ALL = List.of(NUMBER_CHANGED, DO_NOT_TRANSLATE);

    private static String list(List<Numbers.Num> nums) {
        if (nums.isEmpty()) return "no numbers";
        return String.join(", ", nums.stream().map(Numbers.Num::show).toList());
    }

    /**
     * An Arabic term without its article ال, because prepositions fuse with it: "بالكيتامين" (with
     * ketamine) keeps it but "للكيتامين" (for ketamine) drops its alif.
     */
    static String withoutArticle(String term) {
        return term.startsWith("ال") && term.length() > 4 ? term.substring(2) : term;
    }
}
