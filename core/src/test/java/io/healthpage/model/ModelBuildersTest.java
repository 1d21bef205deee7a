package io.healthpage.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The builders of the public model records give the same value as the canonical constructor, start
 * from documented defaults, and validate exactly as the constructor does.
 */
class ModelBuildersTest {
    private static final Locale EN = Locale.ENGLISH;

    private static Message m(String key, String text) {
        return Message.of(key, text, EN);
    }

    @Test
    void referenceBuilderSetsEveryPart() {
        Reference built = Reference.builder("trial", "Ketamine for pain").authors(List.of("Doe J", "Roe R"))
                .container("Pain Journal").publisher("Example Press").year(2019).updated(2023).url("https://example.org/t")
                .doi("10.1000/xyz").pmid("31234567").accessed(LocalDate.of(2026, 1, 2)).language(Locale.GERMAN).build();
        assertEquals(new Reference("trial", List.of("Doe J", "Roe R"), "Ketamine for pain", "Pain Journal",
                "Example Press", 2019, 2023, "https://example.org/t", "10.1000/xyz", "31234567", LocalDate.of(2026, 1, 2),
                Locale.GERMAN), built);
    }

    @Test
    void theConstructorFromBeforeTheUpdatedYearStillWorks() {
        // issue 14 added "updated"; code calling the eleven-argument constructor compiles and gets no updated year
        Reference old = new Reference("r", List.of(), "A study", null, null, 2019, "https://example.org/t", null, null,
                null, null);
        assertNull(old.updated());
        assertEquals(Reference.builder("r", "A study").year(2019).url("https://example.org/t").build(), old);
    }

    @Test
    void referenceBuilderDefaultsAndValidation() {
        Reference r = Reference.builder("r", "A study").build();
        assertEquals(List.of(), r.authors());
        assertNull(r.container());
        assertNull(r.year());
        assertNull(r.language());

        List<String> authors = new ArrayList<>(List.of("A"));
        Reference copied = Reference.builder("r", "A study").authors(authors).build();
        authors.add("B");
        assertEquals(List.of("A"), copied.authors(), "the reference keeps a copy");

        IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
                () -> Reference.builder("r", "A study").year(99).build());
        assertEquals("year 99 of reference 'r' is not a four-digit year", year.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Reference.builder("Not An Id", "t").build());
        assertThrows(IllegalArgumentException.class, () -> Reference.builder("r", " ").build());
        assertThrows(NullPointerException.class, () -> Reference.builder(null, "t").build());
        assertThrows(NullPointerException.class, () -> Reference.builder("r", null).build());
        assertThrows(NullPointerException.class, () -> Reference.builder("r", "t").authors(java.util.Arrays.asList("A", null)).build());
    }

    @Test
    void personBuilder() {
        Person built = Person.builder("rev", PersonKind.PERSON, "Dr. Example").credentials(m("c", "MD"))
                .role(m("r", "Reviewer")).url("https://example.org/rev").bio(m("b", "Bio")).build();
        assertEquals(new Person("rev", PersonKind.PERSON, "Dr. Example", m("c", "MD"), m("r", "Reviewer"),
                "https://example.org/rev", m("b", "Bio")), built);
        assertEquals(new Person("team", PersonKind.ORGANIZATION, "Team", null, null, null, null),
                Person.builder("team", PersonKind.ORGANIZATION, "Team").build());
        assertThrows(NullPointerException.class, () -> Person.builder("p", null, "P").build());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> Person.builder("p", PersonKind.PERSON, " ").build());
        assertEquals("name of person 'p' must not be blank", blank.getMessage());
    }

    @Test
    void termBuilder() {
        Term built = Term.builder("nmda", TermKind.ABBREVIATION, m("t", "NMDA")).expansion(m("e", "N-methyl-D-aspartate"))
                .definition(m("d", "A receptor.")).doNotTranslate(true).build();
        assertEquals(new Term("nmda", TermKind.ABBREVIATION, m("t", "NMDA"), m("e", "N-methyl-D-aspartate"),
                m("d", "A receptor."), true), built);
        Term plain = Term.builder("ketamine", TermKind.DRUG, m("k", "ketamine")).build();
        assertNull(plain.expansion());
        assertNull(plain.definition());
        assertFalse(plain.doNotTranslate());
        IllegalArgumentException noExpansion = assertThrows(IllegalArgumentException.class,
                () -> Term.builder("ab", TermKind.ABBREVIATION, m("t", "AB")).build());
        assertEquals("abbreviation 'ab' needs an expansion", noExpansion.getMessage());
        assertThrows(NullPointerException.class, () -> Term.builder("t", TermKind.TERM, null).build());
    }

    @Test
    void figureBuilder() {
        Figure built = Figure.builder("/img/a.png").id("fig").alt(m("a", "A chart")).caption(m("c", "Caption"))
                .credit(m("cr", "Credit")).build();
        assertEquals(new Figure("fig", "/img/a.png", m("a", "A chart"), false, m("c", "Caption"), m("cr", "Credit")), built);
        assertEquals(new Figure(null, "b.png", null, true, null, null), Figure.builder("b.png").decorative(true).build());
        IllegalArgumentException noAlt = assertThrows(IllegalArgumentException.class, () -> Figure.builder("c.png").build());
        assertEquals("figure c.png needs alt text, or \"decorative\": true if it adds no information", noAlt.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Figure.builder("c.png").alt(m("a", "alt")).decorative(true).build());
        assertThrows(NullPointerException.class, () -> Figure.builder(null).decorative(true).build());
    }

    @Test
    void messageBuilder() {
        Message built = Message.builder("dose", "{n} mg", EN).note("a note").arg("n", NumberArg.of(5))
                .status(TextStatus.TRANSLATED).build();
        assertEquals(new Message("dose", "{n} mg", "a note", Map.of("n", NumberArg.of(5)), EN, TextStatus.TRANSLATED), built);
        assertEquals(Message.of("k", "text", EN), Message.builder("k", "text", EN).build());

        Map<String, Arg> ordered = new LinkedHashMap<>();
        ordered.put("b", new TextArg("B"));
        ordered.put("a", new PercentArg(BigDecimal.TEN));
        Message.Builder b = Message.builder("k", "{b} {a}", EN).arg("z", new TextArg("dropped")).args(ordered);
        Message first = b.build();
        assertEquals(List.of("b", "a"), List.copyOf(first.args().keySet()), "args replaces, in the map's order");
        b.arg("c", new TextArg("C"));
        assertEquals(2, first.args().size(), "a built message does not change with its builder");
        assertTrue(b.build().args().containsKey("c"));

        assertThrows(IllegalArgumentException.class, () -> Message.builder("bad key", "x", EN).build());
        assertThrows(NullPointerException.class, () -> Message.builder("k", "x", null).build());
        assertThrows(NullPointerException.class, () -> Message.builder("k", "x", EN).status(null).build());
        assertThrows(NullPointerException.class, () -> Message.builder("k", "x", EN).arg("n", null));
        assertThrows(NullPointerException.class, () -> Message.builder("k", "x", EN).args(null));
    }
}
