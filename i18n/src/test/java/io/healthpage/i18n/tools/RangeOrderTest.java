package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Section;
import io.healthpage.problem.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code facts.number-changed} and the order of a range: "40–60" written "60–40" has the same numbers but
 * says something else. Ranges are two numbers joined by a dash or a "to" word of the language; separate
 * numbers of a sentence may be reordered freely.
 */
class RangeOrderTest {
    private static final Map<String, String> SOURCE = Map.of(
            "minutes", "Relief lasts 40–60 minutes.",
            "dose", "Take 5–10 mg once.",
            "words", "Relief lasts 40 to 60 minutes.",
            "hyphen", "Relief lasts 40-60 minutes.",
            "separate", "Children get 0.5 mg/kg, adults up to 1,000 mg in total.",
            "two", "The first dose is 5 mg; the second 10 mg.");

    private static Article article() {
        Article.Builder b = Article.builder("range-article", Locale.ENGLISH).title(Message.of("title", "Ranges", Locale.ENGLISH));
        List<io.healthpage.model.Block> blocks = SOURCE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> (io.healthpage.model.Block) new Paragraph(e.getKey(), Message.of(e.getKey(), e.getValue(), Locale.ENGLISH)))
                .toList();
        return b.section(new Section("s", Message.of("section.s.heading", "Dose", Locale.ENGLISH), blocks, List.of())).build();
    }

    private static final Article ARTICLE = article();

    /** The facts.number-changed findings for one translation of {@code key}. */
    static List<Problem> numberFindings(String tag, String key, String text) {
        BundleEntry e = new BundleEntry(key, text, SourceHash.of(SOURCE.get(key)), null, 3, 5);
        Bundle b = new Bundle(tag + ".json", Locale.forLanguageTag(tag), Bundle.Kind.ARTICLE, "range-article",
                new BundleMetadata(Locale.ENGLISH, "Test", false, null, null), Map.of(key, e));
        return BundleChecker.create().check(ARTICLE, b).findings().stream()
                .filter(p -> p.rule().equals("facts.number-changed") && key.equals(p.key())).toList();
    }

    static Stream<Arguments> reversed() {
        return Stream.of(
                Arguments.of("es", "minutes", "El alivio dura 60–40 minutos."),
                Arguments.of("es", "minutes", "El alivio dura de 60 a 40 minutos."),
                Arguments.of("es", "minutes", "El alivio dura entre 60 y 40 minutos."),
                Arguments.of("de", "dose", "Nehmen Sie einmal 10 bis 5 mg."),
                Arguments.of("de", "dose", "Nehmen Sie einmal 10–5 mg."),
                Arguments.of("fr", "minutes", "Le soulagement dure de 60 à 40 minutes."),
                Arguments.of("ru", "minutes", "Облегчение длится от 60 до 40 минут."),
                Arguments.of("uk", "minutes", "Полегшення триває 60—40 хвилин."),
                Arguments.of("it", "dose", "Prendere una volta da 10 a 5 mg."),
                Arguments.of("pl", "minutes", "Ulga trwa od 60 do 40 minut."),
                Arguments.of("pt", "dose", "Tome 10 mg–5 mg uma vez."),
                Arguments.of("es", "words", "El alivio dura 60 - 40 minutos."),
                Arguments.of("es", "hyphen", "El alivio dura 60-40 minutos."),
                Arguments.of("en-GB", "words", "Relief lasts 60 to 40 minutes."),
                Arguments.of("ar", "minutes", "يدوم التسكين ٦٠–٤٠ دقيقة."),
                Arguments.of("ar", "minutes", "يدوم التسكين من 60 إلى 40 دقيقة."),
                Arguments.of("he", "minutes", "ההקלה נמשכת 60 עד 40 דקות."),
                Arguments.of("ja", "minutes", "痛みの緩和は60〜40分続きます。"),
                Arguments.of("zh-Hans", "minutes", "止痛效果持续60至40分钟。"),
                Arguments.of("tr", "minutes", "Rahatlama 60-40 dakika sürer."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("reversed")
    void aRangeWhoseEndsAreSwappedIsAnError(String tag, String key, String text) {
        List<Problem> found = numberFindings(tag, key, text);
        assertEquals(1, found.size(), () -> "one finding expected, got " + found);
        Problem p = found.get(0);
        assertTrue(p.isError(), p::toString);
        assertTrue(p.message().contains("reversed"), p.message());
    }

    static Stream<Arguments> kept() {
        return Stream.of(
                Arguments.of("es", "minutes", "El alivio dura 40–60 minutos."),
                Arguments.of("es", "minutes", "El alivio dura de 40 a 60 minutos."),
                Arguments.of("es", "minutes", "El alivio dura entre 40 y 60 minutos."),
                Arguments.of("de", "dose", "Nehmen Sie einmal 5 bis 10 mg."),
                Arguments.of("fr", "minutes", "Le soulagement dure de 40 à 60 minutes."),
                Arguments.of("ru", "minutes", "Облегчение длится от 40 до 60 минут."),
                Arguments.of("pt", "dose", "Tome 5 mg–10 mg uma vez."),
                Arguments.of("es", "words", "El alivio dura 40-60 minutos."),
                Arguments.of("ar", "minutes", "يدوم التسكين ٤٠–٦٠ دقيقة."),
                Arguments.of("ja", "minutes", "痛みの緩和は40〜60分続きます。"),
                Arguments.of("zh-Hans", "minutes", "止痛效果持续40至60分钟。"),
                // separate numbers, not a range: a translation may put them in another order
                Arguments.of("es", "separate", "Los adultos reciben hasta 1000 mg en total; los niños, 0,5 mg/kg."),
                Arguments.of("de", "separate", "Erwachsene bis zu 1.000 mg insgesamt und Kinder 0,5 mg/kg."),
                Arguments.of("es", "two", "La segunda dosis es de 10 mg y la primera de 5 mg."),
                Arguments.of("fr", "two", "La seconde dose est de 10 mg, la première de 5 mg."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("kept")
    void aRangeInItsOrderAndSeparateNumbersInAnyOrderAreFine(String tag, String key, String text) {
        assertEquals(List.of(), numberFindings(tag, key, text));
    }
}
