package io.healthpage.i18n.tools;

import static io.healthpage.i18n.tools.BundleCheckerTest.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules added for the mistakes translate-toolkit's pofilter catches ({@code text.doubled-word},
 * {@code text.double-space}, {@code text.start-case}, {@code text.brackets}, {@code text.email},
 * {@code text.quotes}): where they must stay quiet. Their failing and passing fixtures are in
 * {@link BundleCheckerTest#fixtures()}.
 */
class TypographyRulesTest {

    /** rule, locale, key, a translation the rule must accept. */
    static Stream<Arguments> quiet() {
        return Stream.of(
                // a word twice is grammar in some languages: German relative "die die", French reflexive "nous nous"
                Arguments.of("text.doubled-word", "de", "long", "Ärzte, die die Ketamin-Dosis kennen, lindern kurz Schmerzen."),
                Arguments.of("text.doubled-word", "fr", "long", "Nous nous soulageons un peu avec la kétamine."),
                Arguments.of("text.doubled-word", "es", "long", "La ketamina, ketamina pura, alivia poco tiempo."),
                Arguments.of("text.doubled-word", "es", "count", "{count, plural, one {# estudio} other {# estudios estudiados}}"),
                Arguments.of("text.double-space", "es", "long", "La ketamina <em>puede</em> aliviar <cite:ref1/> el dolor poco tiempo."),
                Arguments.of("text.double-space", "fr", "duration", "Le soulagement dure\u00A0: {duration}."),
                Arguments.of("text.start-case", "es", "title", "¿Cuánto dura el alivio de la ketamina?"),
                Arguments.of("text.start-case", "ja", "title", "ketamine の効果はどのくらい続きますか？"),
                Arguments.of("text.start-case", "es", "count", "{count, plural, one {# estudio} other {# estudios}}"),
                Arguments.of("text.start-case", "es", "duration", "{duration}: eso dura el alivio."),
                Arguments.of("text.start-case", "es", "term.ketamine.text", "ketamina"),
                Arguments.of("text.start-case", "ar-XB", "title", "\u200Fwoh\u200F \u200Fgnol\u200F?"),
                Arguments.of("text.brackets", "es", "long", "La ketamina (un anestésico) alivia el dolor [poco tiempo]."),
                Arguments.of("text.brackets", "zh-Hans", "long", "氯胺酮（一种麻醉药）可以短时间缓解疼痛。"),
                Arguments.of("text.email", "es", "licence", "Lea el texto de la <link:cc-by>licencia</link:cc-by> (CC BY 4.0 @ 2024)."),
                Arguments.of("text.quotes", "fr", "long", "La kétamine peut soulager la « douleur » un court moment."),
                Arguments.of("text.quotes", "de", "long", "Ketamin kann „Schmerzen“ kurz lindern."),
                Arguments.of("text.quotes", "es", "long", "La ketamina puede aliviar el “dolor” durante poco tiempo."),
                // Hebrew writes the gershayim of abbreviations as a straight " between letters: ד"ר (Dr.), מ"ג (mg)
                Arguments.of("text.quotes", "he", "long", "לפי ד\"ר כהן, קטמין יכול להקל על כאב לזמן קצר."),
                // the source's own typographic quotes may become straight ones
                Arguments.of("text.quotes", "he", "quoted", "קטמין נקרא \"תרופת הרגעה\"."),
                Arguments.of("text.start-case", "de", "quoted", "„Beruhigungsmittel“ nennt man Ketamin."),
                // a glossary term is a name: German writes the abbreviation IV as "i.v."
                Arguments.of("text.start-case", "de", "term.iv.text", "i.v."),
                Arguments.of("text.start-case", "de", "term.iv.expansion", "intravenös"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("quiet")
    void staysQuietOnCorrectText(String rule, String tag, String key, String text) {
        Set<String> found = OWN.containsKey(key) ? ownRules(tag, key, text) : rules(tag, key, text);
        assertFalse(found.contains(rule), () -> rule + " should not fire, got " + found);
    }

    /** A final abbreviation's dot is the sentence's full stop too: it ends a text with or without one. */
    static Stream<Arguments> abbreviationDots() {
        return Stream.of(
                Arguments.of("ru", "pressure", "Давление может подняться до 180/100 мм рт. ст."),
                Arguments.of("ru", "pressure-stop", "Давление может подняться до 180/100 мм рт. ст."),
                Arguments.of("uk", "pressure", "Тиск може зрости до 180/100 мм рт. ст."),
                Arguments.of("ru", "pressure-stop", "«Давление может подняться до 180/100 мм рт. ст.»"),
                Arguments.of("ru", "year", "Рекомендации действуют до 2026 г."),
                Arguments.of("de", "pressure", "Der Blutdruck kann auf 180/100 mmHg steigen, z. B."),
                Arguments.of("pl", "pressure-stop", "Ciśnienie może wzrosnąć do 180/100 mmHg itd."),
                Arguments.of("de", "pressure-stop", "Der Blutdruck kann auf 180/100 mmHg usw. steigen."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("abbreviationDots")
    void anAbbreviationsDotEndsLikeTheSource(String tag, String key, String text) {
        assertFalse(ownRules(tag, key, text).contains("text.punctuation"), () -> ownRules(tag, key, text).toString());
    }

    @Test
    void aRealFullStopOrItsLackIsStillReported() {
        assertTrue(ownRules("ru", "pressure", "Давление может подняться до 180/100 мм.").contains("text.punctuation"));
        assertTrue(ownRules("ru", "pressure-stop", "Давление может подняться до 180/100 мм рт ст").contains("text.punctuation"));
        assertTrue(ownRules("ru", "pressure-stop", "Давление может подняться до 180/100 мм рт. ст.?").contains("text.punctuation"));
    }

    @Test
    void firesOnTheSameMessagesWhenTheyAreWrong() {
        assertTrue(ownRules("de", "quoted", "„beruhigungsmittel“ nennt man Ketamin.").contains("text.start-case"));
        assertTrue(ownRules("he", "quoted", "קטמין נקרא \"תרופת הרגעה.").contains("text.quotes"));
    }

    /** Messages of {@link Fixtures#article()} does not have: a quotation and a glossary abbreviation. */
    private static final Map<String, String> OWN = Map.of("quoted", "Ketamine is called a \u201ctranquilliser\u201d.",
            "term.iv.text", "IV", "term.iv.expansion", "Intravenous",
            "pressure", "Blood pressure may rise to 180/100 mmHg", "pressure-stop", "Blood pressure may rise to 180/100 mmHg.",
            "year", "The guideline is valid until 2026.");
    private static final Article OWN_ARTICLE = Article.builder("own-article", Locale.ENGLISH)
            .title(Message.of("title", "Quotes", Locale.ENGLISH))
            .lead(new Paragraph("quoted", Message.of("quoted", OWN.get("quoted"), Locale.ENGLISH)))
            .lead(new Paragraph("pressure", Message.of("pressure", OWN.get("pressure"), Locale.ENGLISH)))
            .lead(new Paragraph("pressure-stop", Message.of("pressure-stop", OWN.get("pressure-stop"), Locale.ENGLISH)))
            .lead(new Paragraph("year", Message.of("year", OWN.get("year"), Locale.ENGLISH)))
            .term(Term.builder("iv", TermKind.ABBREVIATION, Message.of("term.iv.text", "IV", Locale.ENGLISH))
                    .expansion(Message.of("term.iv.expansion", "Intravenous", Locale.ENGLISH)).build())
            .build();

    private static Set<String> ownRules(String tag, String key, String text) {
        BundleEntry e = new BundleEntry(key, text, SourceHash.of(OWN.get(key)), null, 3, 5);
        Bundle b = new Bundle(tag + ".json", Locale.forLanguageTag(tag), Bundle.Kind.ARTICLE, "own-article",
                new BundleMetadata(Locale.ENGLISH, "Test", false, null, null), Map.of(key, e));
        return BundleChecker.create().check(OWN_ARTICLE, b).findings().stream().filter(p -> key.equals(p.key()))
                .map(Problem::rule).collect(Collectors.toSet());
    }

    @Test
    void aMailtoAddressIsOneFindingOfTextUrlNotTwo() {
        var found = rules("es", "licence", "Lea la <link:cc-by>licencia</link:cc-by>: mailto:info@example.org.");
        assertTrue(found.contains("text.url"), found::toString);
        assertFalse(found.contains("text.email"), found::toString);
    }

    @Test
    void severitiesAreThoseOfTheIssue() {
        BundleChecker c = BundleChecker.create();
        assertEquals(Severity.ERROR, c.severity("text.email").orElseThrow());
        for (String id : List.of("text.doubled-word", "text.double-space", "text.start-case", "text.brackets", "text.quotes")) {
            assertEquals(Severity.WARNING, c.severity(id).orElseThrow(), id);
        }
    }

    @Test
    void findingsSayWhatAndWhere() {
        Problem doubled = BundleChecker.create().check(Fixtures.article(), Fixtures.bundle("es",
                        Fixtures.entry("title", "¿Cuánto dura el el alivio de la ketamina?"))).findings().stream()
                .filter(p -> p.rule().equals("text.doubled-word")).findFirst().orElseThrow();
        assertTrue(doubled.message().contains("\u201cel el\u201d"), doubled.message());
        assertEquals("title", doubled.key());
        Problem email = BundleChecker.create().check(Fixtures.article(), Fixtures.bundle("es",
                        Fixtures.entry("long", "La ketamina alivia el dolor: escriba a info@example.com."))).findings().stream()
                .filter(p -> p.rule().equals("text.email")).findFirst().orElseThrow();
        assertTrue(email.message().contains("info@example.com") && email.isError(), email.message());
    }
}
