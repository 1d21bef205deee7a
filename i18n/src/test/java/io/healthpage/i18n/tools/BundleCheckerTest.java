package io.healthpage.i18n.tools;

import io.healthpage.problem.Problem;
import static io.healthpage.i18n.tools.Fixtures.bundle;
import static io.healthpage.i18n.tools.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BundleCheckerTest {
    private static final Article ARTICLE = Fixtures.article();
    private static final BundleChecker CHECKER = BundleChecker.create();

    /** The rules that fire for one translated entry (other keys of the article are simply missing). */
    static Set<String> rules(String tag, String key, String text, BundleEntry... more) {
        List<BundleEntry> all = new ArrayList<>(List.of(more));
        all.add(0, entry(key, text));
        CheckResult r = CHECKER.check(ARTICLE, bundle(tag, all.toArray(BundleEntry[]::new)));
        return r.findings().stream().filter(f -> key.equals(f.key())).map(Problem::rule)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** rule, locale, key, a translation that breaks the rule, a translation that keeps it. */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("icu.syntax", "es", "count", "{count, plural, one {# estudio} other {# estudios}",
                        "{count, plural, one {# estudio encontrado} other {# estudios encontrados}}"),
                Arguments.of("icu.syntax", "es", "duration", "El alivio dura {duration, fecha}.", "El alivio dura {duration}."),
                Arguments.of("icu.no-other", "es", "count", "{count, plural, one {# estudio}}",
                        "{count, plural, one {# estudio} other {# estudios}}"),
                Arguments.of("icu.no-other", "es", "who", "{audience, select, clinician {Dosis para médicos}}",
                        "{audience, select, clinician {Dosis para médicos} other {Consulte a su médico}}"),
                Arguments.of("icu.apostrophe", "fr", "duration", "Le soulagement dure jusqu'{duration}.",
                        "Le soulagement dure jusqu’{duration}."),
                Arguments.of("args.missing", "es", "duration", "El alivio suele durar.", "El alivio suele durar {duration}."),
                Arguments.of("args.unknown", "es", "duration", "El alivio suele durar {duracion}.",
                        "Suele durar {duration}."),
                Arguments.of("args.type", "es", "count", "{count, select, one {un estudio} other {estudios}}",
                        "Se encontraron {count} estudios"),
                Arguments.of("plural.missing-category", "pl", "count", "{count, plural, one {# badanie} other {# badań}}",
                        "{count, plural, one {# badanie} few {# badania} many {# badań} other {# badania}}"),
                Arguments.of("plural.missing-category", "en-GB", "rank", "This is the {rank, selectordinal, one {#st} other {#th}} dose.",
                        "This is the {rank, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} dose."),
                Arguments.of("plural.unused-category", "ja", "count", "{count, plural, one {#件の研究} other {#件の研究}}",
                        "{count, plural, other {#件の研究}}"),
                Arguments.of("tags.missing", "es", "nmda", "Bloquea los receptores NMDA<cite:ref1/>.",
                        "Bloquea los receptores <term:nmda>NMDA</term:nmda><cite:ref1/>."),
                Arguments.of("tags.extra", "es", "nmda", "Bloquea los <em>receptores</em> <term:nmda>NMDA</term:nmda><cite:ref1/>.",
                        "Bloquea los receptores <term:nmda>NMDA</term:nmda><cite:ref1/>."),
                Arguments.of("tags.nesting", "es", "nmda", "Bloquea los receptores </term:nmda>NMDA<term:nmda><cite:ref1/>.",
                        "<term:nmda>NMDA</term:nmda>: los bloquea<cite:ref1/>."),
                Arguments.of("text.raw-html", "es", "title", "¿Cuánto dura el alivio de la <b>ketamina</b>?",
                        "¿Cuánto dura el alivio de la ketamina?"),
                Arguments.of("text.raw-html", "es", "title", "¿Cuánto dura el alivio de la ketamina&nbsp;?",
                        "¿Cuánto dura el alivio de la ketamina?"),
                Arguments.of("text.url", "es", "licence", "Lea la <link:cc-by>licencia</link:cc-by> en https://evil.example.com.",
                        "Lea la <link:cc-by>licencia</link:cc-by>."),
                Arguments.of("text.bidi-unpaired", "ar", "title", "\u202Bكم يدوم تسكين الألم بالكيتامين؟",
                        "كم يدوم تسكين الألم بالكيتامين؟"),
                Arguments.of("text.bidi-unexpected", "ar", "title", "\u2067كم يدوم تسكين الألم بالكيتامين؟\u2069",
                        "كم يدوم تسكين الألم بالكيتامين؟"),
                Arguments.of("text.zero-width", "es", "title", "¿Cuánto du\u200Bra el alivio de la ketamina?",
                        "¿Cuánto dura el alivio de la ketamina?"),
                Arguments.of("text.control-char", "es", "title", "¿Cuánto dura el alivio\u0007 de la ketamina?",
                        "¿Cuánto dura el alivio de la ketamina?"),
                Arguments.of("facts.number-changed", "es", "dose",
                        "Tome como máximo 50 mg de <term:ketamine>ketamina</term:ketamine> al día.",
                        "Tome como máximo 5 mg de <term:ketamine>ketamina</term:ketamine> al día."),
                Arguments.of("facts.number-changed", "es", "dose",
                        "Tome como máximo 5 g de <term:ketamine>ketamina</term:ketamine> al día.",
                        "No tome más de 5 mg de <term:ketamine>ketamina</term:ketamine> al día."),
                Arguments.of("facts.number-changed", "de", "weight", "Kinder erhalten 5 mg/kg, Erwachsene bis zu 1.000 mg.",
                        "Kinder erhalten 0,5 mg/kg, Erwachsene insgesamt bis zu 1.000 mg."),
                Arguments.of("facts.number-changed", "ar", "weight", "يحصل الأطفال على ٠٫٥ mg/kg، والبالغون على ١٠٠ mg.",
                        "يحصل الأطفال على ٠٫٥ mg/kg، والبالغون على ما يصل إلى ١٬٠٠٠ mg."),
                Arguments.of("facts.number-changed", "fr", "weight", "Enfants : 0,5 mg/kg ; adultes : 1 000 g au total.",
                        "Enfants : 0,5 mg/kg ; adultes : jusqu’à 1 000 mg au total."),
                Arguments.of("facts.do-not-translate", "es", "dose",
                        "Tome como máximo 5 mg de <term:ketamine>anestésico</term:ketamine> al día.",
                        "Tome como máximo 5 mg de <term:ketamine>ketamina</term:ketamine> al día."),
                Arguments.of("facts.do-not-translate", "pl", "title", "Jak długo trwa ulga w bólu po tym leku?",
                        "Jak długo trwa ulga w bólu po ketaminie?"),
                Arguments.of("text.identical", "es", "title", Fixtures.SOURCE.get("title"),
                        "¿Cuánto dura el alivio del dolor con ketamina?"),
                Arguments.of("text.whitespace", "es", "title", " ¿Cuánto dura el alivio de la ketamina? ",
                        "¿Cuánto dura el alivio de la ketamina?"),
                Arguments.of("text.punctuation", "es", "title", "¿Cuánto dura el alivio de la ketamina",
                        "¿Cuánto dura el alivio de la ketamina?"),
                Arguments.of("text.punctuation", "de", "section.s.heading", "Dosis.", "i. v."),
                Arguments.of("text.punctuation", "zh-Hans", "title", "氯胺酮止痛效果能持续多久。", "氯胺酮止痛效果能持续多久？"),
                Arguments.of("text.length", "es", "long",
                        "La ketamina puede aliviar el dolor durante poco tiempo, aunque esto depende de muchísimas cosas "
                                + "distintas que su médico le explicará con todo detalle.",
                        "La ketamina puede aliviar el dolor durante un tiempo breve."),
                Arguments.of("text.empty", "es", "title", "   ", "¿Cuánto dura el alivio de la ketamina?"),
                Arguments.of("text.email", "pt", "licence", "Leia o texto da <link:cc-by>licença</link:cc-by> ou escreva para "
                        + "licencas@example.org.", "Leia o texto da <link:cc-by>licença</link:cc-by>."),
                Arguments.of("text.doubled-word", "fr", "duration", "Le soulagement dure dure généralement {duration}.",
                        "Le soulagement dure généralement {duration}."),
                Arguments.of("text.double-space", "de", "long", "Ketamin kann Schmerzen  kurzzeitig lindern.",
                        "Ketamin kann Schmerzen kurzzeitig lindern."),
                Arguments.of("text.start-case", "ru", "title", "«сколько длится обезболивание кетамином?»",
                        "«Сколько длится обезболивание кетамином?»"),
                Arguments.of("text.brackets", "it", "long", "La ketamina può alleviare il dolore [per poco tempo.",
                        "La ketamina può alleviare il dolore (per poco tempo)."),
                Arguments.of("text.quotes", "de", "long", "Ketamin kann \"Schmerzen\" kurzzeitig lindern.",
                        "Ketamin kann „Schmerzen“ kurzzeitig lindern."));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("fixtures")
    void eachRuleFiresOnItsFailingFixtureAndNotOnItsPassingOne(String rule, String tag, String key, String bad, String good) {
        assertTrue(rules(tag, key, bad).contains(rule), () -> rule + " should fire, got " + rules(tag, key, bad));
        assertFalse(rules(tag, key, good).contains(rule), () -> rule + " should not fire, got " + rules(tag, key, good));
    }

    @Test
    void goodTranslationsOfEveryMessageAreClean() {
        Bundle b = bundle("es",
                entry("title", "¿Cuánto dura el alivio del dolor con ketamina?"),
                entry("section.s.heading", "Dosis"),
                entry("dose", "Tome como máximo 5 mg de <term:ketamine>ketamina</term:ketamine> al día."),
                entry("weight", "Los niños reciben 0,5 mg/kg; los adultos, hasta 1000 mg en total."),
                entry("count", "{count, plural, one {# estudio encontrado} many {# de estudios encontrados} other {# estudios encontrados}}"),
                entry("rank", "Es la {rank, selectordinal, one {#.ª} other {#.ª}} dosis."), // CLDR 48: Spanish ordinals have one (primera, tercera)
                entry("duration", "El alivio suele durar {duration}."),
                entry("licence", "Lea el texto de la <link:cc-by>licencia</link:cc-by>."),
                entry("nmda", "Bloquea los receptores <term:nmda>NMDA</term:nmda><cite:ref1/>."),
                entry("who", "{audience, select, clinician {Dosis para profesionales} other {Consulte a su médico}}"),
                entry("long", "La ketamina puede aliviar el dolor durante poco tiempo."),
                entry("term.ketamine.text", "ketamina"),
                entry("term.nmda.text", "NMDA"),
                entry("term.nmda.expansion", "N-metil-D-aspartato"));
        CheckResult r = CHECKER.check(ARTICLE, b);
        assertEquals(List.of(), r.findings());
        assertEquals("No problems found.\n", r.toText(false));
    }

    @Test
    void aDoNotTranslateTermMayBeWrittenAsTheBundlesOwnTermText() {
        String text = "لا تتناول أكثر من ٥ mg من <term:ketamine>الكيتامين</term:ketamine> في اليوم.";
        assertTrue(rules("ar", "dose", text).contains("facts.do-not-translate"));
        assertFalse(rules("ar", "dose", text, entry("term.ketamine.text", "كيتامين")).contains("facts.do-not-translate"));
        // prepositions fuse with the Arabic article: "للكيتامين" (for ketamine) is "الكيتامين" without its alif
        String fused = "لا تعطِ أكثر من ٥ mg للكيتامين في اليوم.";
        assertFalse(rules("ar", "dose", fused, entry("term.ketamine.text", "الكيتامين")).contains("facts.do-not-translate"));
        assertTrue(rules("ar", "dose", "لا تعطِ أكثر من ٥ mg للدواء في اليوم.", entry("term.ketamine.text", "الكيتامين"))
                .contains("facts.do-not-translate"));
        // the Arabic-Indic ٥ is the source's 5
        assertFalse(rules("ar", "dose", text).contains("facts.number-changed"));
    }

    @Test
    void keyRulesMissingExtraStale() {
        Bundle b = bundle("es", new BundleEntry("title", "¿Cuánto dura el alivio de la ketamina?", "0badf00d", null, 3, 5),
                entry("dose", "Tome como máximo 5 mg de ketamina al día."),
                new BundleEntry("old.key", "Texto antiguo.", "12345678", null, 9, 5));
        CheckResult r = CHECKER.check(ARTICLE, b);
        Problem stale = r.findings().stream().filter(f -> f.rule().equals("keys.stale")).findFirst().orElseThrow();
        assertEquals("title", stale.key());
        assertEquals(3, stale.line());
        assertTrue(stale.suggestion().contains(io.healthpage.i18n.SourceHash.of(Fixtures.SOURCE.get("title"))));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("keys.extra") && f.key().equals("old.key")));
        Set<String> missing = r.findings().stream().filter(f -> f.rule().equals("keys.missing")).map(Problem::key)
                .collect(Collectors.toSet());
        assertTrue(missing.contains("count") && missing.contains("term.nmda.expansion"), missing::toString);
        assertFalse(missing.contains("title") || missing.contains("dose"));
    }

    @Test
    void findingsCarryFileLineColumnKeyAndAFix() {
        CheckResult r = CHECKER.check(ARTICLE, bundle("es",
                entry("dose", "Tome como máximo 50 mg de <term:ketamine>ketamina</term:ketamine> al día.")));
        Problem f = r.findings().stream().filter(x -> x.rule().equals("facts.number-changed")).findFirst().orElseThrow();
        assertEquals("es.json", f.file());
        assertEquals(7, f.line());
        assertEquals(5, f.column());
        assertTrue(f.isError());
        assertTrue(f.message().contains("50 mg") && f.message().contains("5 mg"), f.message());
        assertTrue(f.suggestion().contains("5 mg"), f.suggestion());
        assertTrue(r.toText(false).startsWith("es.json\n") && r.toText(false).contains("\n  7:5     error    facts.number-changed"), r.toText(false));
        assertFalse(r.toText(false).contains("\u001b["));
        assertTrue(r.toText(true).contains("\u001b[31m"));
    }

    @Test
    void apostropheFixReplacesOnlyTheQuotingApostrophe() {
        CheckResult r = CHECKER.check(ARTICLE, bundle("fr", entry("duration", "L'effet dure jusqu'{duration}.")));
        Problem f = r.findings().stream().filter(x -> x.rule().equals("icu.apostrophe")).findFirst().orElseThrow();
        assertEquals("use ’: L'effet dure jusqu’{duration}.", f.suggestion());
        assertFalse(r.findings().stream().anyMatch(x -> x.rule().equals("args.missing")), "one cause, one finding");
    }
}
