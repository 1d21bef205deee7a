package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.DefinedRule.Stage.ENTRY;
import static io.healthpage.problem.Severity.ERROR;
import static io.healthpage.problem.Severity.WARNING;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import io.healthpage.internal.Suggestions;
import io.healthpage.model.Arg;
import io.healthpage.model.NumberArg;
import io.healthpage.model.PercentArg;
import io.healthpage.model.YearArg;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules about placeholders and plural cases. */
final class ArgumentRules {
    private static final Set<String> NUMERIC_KINDS = Set.of("none", "plural", "number");
    private static final List<String> CATEGORY_ORDER = List.of("zero", "one", "two", "few", "many", "other");

    private ArgumentRules() {}

    static final DefinedRule ARGS_MISSING = DefinedRule.builtIn("args.missing", ERROR,
            "Put back every {argument} of the source; you may move it within the sentence.", ENTRY, e -> {
                if (e.apostrophe() != null) return; // one cause, one finding: the apostrophe hides the placeholder
                for (String name : e.src.info().args.keySet()) {
                    if (e.t.args.containsKey(name)) continue;
                    e.add("the placeholder {" + name + "} of the source is missing",
                            "put {" + name + "} back where it belongs in your sentence");
                }
            });

    static final DefinedRule ARGS_UNKNOWN = DefinedRule.builtIn("args.unknown", ERROR,
            "Remove the {argument} the source does not have, or fix its spelling (names are never translated).", ENTRY, e -> {
                if (e.apostrophe() != null) return;
                Set<String> src = e.src.info().args.keySet();
                for (String name : e.t.args.keySet()) {
                    if (src.contains(name)) continue;
                    String near = Suggestions.nearest(name, src);
                    e.add("{" + name + "} is not a placeholder of the source" + (src.isEmpty() ? " (the source has none)"
                                    : " (it has " + braces(src) + ")"),
                            near != null ? "write {" + near + "} (placeholder names are never translated)" : "remove {" + name + "}");
                }
            });

    static final DefinedRule ARGS_TYPE = DefinedRule.builtIn("args.type", ERROR,
            "Use the argument as the source does (for example keep `{count, plural, …}` a plural, not a select).", ENTRY, e -> {
                if (e.apostrophe() != null) return;
                Map<String, Set<String>> src = e.src.info().args;
                for (Map.Entry<String, Set<String>> a : e.t.args.entrySet()) {
                    String name = a.getKey();
                    Set<String> kinds = src.get(name);
                    if (kinds == null) continue;
                    Arg declared = e.src.message().args().get(name);
                    boolean numeric = declared instanceof NumberArg || declared instanceof PercentArg || declared instanceof YearArg;
                    for (String k : a.getValue()) {
                        if (kinds.contains(k)) continue;
                        if (numeric && NUMERIC_KINDS.contains(k) && kinds.stream().anyMatch(NUMERIC_KINDS::contains)) continue;
                        e.add("{" + name + "} is used as " + kindName(k) + " but the source uses it as "
                                + String.join(" and ", kinds.stream().map(ArgumentRules::kindName).toList()),
                                "use {" + name + "} the way the source does");
                    }
                }
            });

    static final DefinedRule PLURAL_MISSING_CATEGORY = DefinedRule.builtIn("plural.missing-category", ERROR,
            "Add the plural cases your language needs (see the table in TRANSLATING.md).", ENTRY, e -> plurals(e, true));

    static final DefinedRule PLURAL_UNUSED_CATEGORY = DefinedRule.builtIn("plural.unused-category", WARNING,
            "Remove the case: your language never uses it, so it is never shown.", ENTRY, e -> plurals(e, false));

    static final List<DefinedRule> ALL = List.of(ARGS_MISSING, ARGS_UNKNOWN, ARGS_TYPE, PLURAL_MISSING_CATEGORY,
            PLURAL_UNUSED_CATEGORY);

    /** The cases a plural or selectordinal lacks ({@code missing}) or has in vain. */
    private static void plurals(EntryCheck e, boolean missing) {
        for (PatternInfo.Complex c : e.t.complex) {
            if (c.type() == MessagePattern.ArgType.SELECT) continue;
            boolean ordinal = c.type() == MessagePattern.ArgType.SELECTORDINAL;
            Set<String> needed = ordinal ? e.facts.ordinal : e.facts.cardinal;
            Set<String> written = new LinkedHashSet<>();
            for (String sel : c.selectors()) if (!sel.startsWith("=")) written.add(sel);
            String what = ordinal ? "selectordinal" : "plural";
            List<String> cases = new ArrayList<>();
            if (missing) {
                for (String k : order(needed)) if (!written.contains(k)) cases.add(k);
                if (cases.isEmpty()) continue;
                String lang = languageName(e); // only for a finding: display names are CLDR data to load
                e.add("the " + what + " {" + c.name() + "} lacks the case" + (cases.size() > 1 ? "s " : " ")
                        + String.join(", ", cases) + ": " + lang + " needs " + String.join(", ", order(needed)),
                        "add " + String.join(" ", cases.stream().map(m -> m + " {\u2026}").toList()));
            } else {
                for (String k : written) if (!needed.contains(k)) cases.add(k);
                if (cases.isEmpty()) continue;
                String lang = languageName(e);
                e.add("the " + what + " {" + c.name() + "} has the case" + (cases.size() > 1 ? "s " : " ")
                        + String.join(", ", cases) + ", which " + lang + " never uses (it uses " + String.join(", ", order(needed))
                        + ")", "remove " + String.join(", ", cases));
            }
        }
    }

    private static String languageName(EntryCheck e) {
        return e.facts.locale.getDisplayName(ULocale.ENGLISH);
    }

    /** Plural categories in CLDR's order: zero, one, two, few, many, other. */
    static List<String> order(Set<String> keywords) {
        List<String> out = new ArrayList<>();
        for (String k : CATEGORY_ORDER) if (keywords.contains(k)) out.add(k);
        for (String k : new TreeSet<>(keywords)) if (!out.contains(k)) out.add(k);
        return out;
    }

    private static String kindName(String k) {
        return switch (k) {
            case "none" -> "a plain placeholder";
            case "plural", "select", "selectordinal", "choice" -> "a " + k;
            default -> "'" + k + "'";
        };
    }

    private static String braces(Set<String> names) {
        return String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
