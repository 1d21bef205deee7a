package io.healthpage.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void shortFormLeavesOutUnknownParts() {
        Problem p = Problem.builder("json.type", "expected a message (string or object) but found an array")
                .pointer("/sections/2/blocks/0/items/3/title").build();
        assertEquals("/sections/2/blocks/0/items/3/title: expected a message (string or object) but found an array",
                p.toShortString());
        assertEquals("article.json:41:17 /sections/2/blocks/0/items/3/title: "
                + "expected a message (string or object) but found an array",
                p.toBuilder().at("article.json", 41, 17).build().toShortString());
        assertEquals("article.json: too big (split it)",
                Problem.builder("json.limit.size", "too big").file("article.json").pointer("").suggestion("split it").build()
                        .toShortString());
        assertEquals("[risks.title]: warning: long", Problem.builder("x", "long").warning().key("risks.title").build().toShortString());
    }

    @Test
    void compilerFormHasSeverityAndRule() {
        Problem p = Problem.builder("bundle.icu-syntax", "Missing 'other'").at("es.json", 12, 5).key("title")
                .suggestion("add other").build();
        assertEquals("es.json:12:5: error [bundle.icu-syntax] title: Missing 'other' (add other)", p.toString());
        assertEquals("es.json: warning [keys.missing] gone: not here",
                Problem.builder("keys.missing", "not here").warning().file("es.json").key("gone").build().toString());
        assertEquals("info [render.x] note", Problem.builder("render.x", "note").severity(Severity.INFO).build().toString());
        assertEquals("a.json:3:1 /rules/x: error [rules.unknown-rule] unknown rule",
                Problem.builder("rules.unknown-rule", "unknown rule").at(new Location("a.json", 3, 1, "/rules/x")).build().toString());
    }

    @Test
    void builderFillsEveryPartAndToBuilderCopiesThem() {
        Problem p = Problem.builder("link.vague-text", "vague").warning().pointer("/lead/0/text").key("p.a").section("s")
                .text("read more").guideline("WCAG 2.2 SC 2.4.4").suggestion("name the target").build();
        assertEquals(new Problem("link.vague-text", Severity.WARNING, Location.pointer("/lead/0/text"), "p.a", "vague",
                "name the target", "read more", "WCAG 2.2 SC 2.4.4", "s"), p);
        assertEquals(p, p.toBuilder().build());
        assertEquals(Severity.ERROR, p.toBuilder().severity(Severity.ERROR).build().severity());
        assertEquals(Location.UNKNOWN, Problem.builder("x", "m").build().location());
    }

    @Test
    void badPartsAreRefused() {
        assertThrows(NullPointerException.class, () -> Problem.builder(null, "m"));
        assertThrows(NullPointerException.class, () -> Problem.builder("x", null));
        assertThrows(IllegalArgumentException.class, () -> Problem.builder(" ", "m").build());
        assertThrows(IllegalArgumentException.class, () -> new Location("f", -1, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new Location("f", 0, 3, null));
    }

    @Test
    void exceptionMessageListsTheProblemsInTheShortForm() {
        Problem a = Problem.builder("c", "first").at("f.json", 1, 2).pointer("/a").build();
        Problem b = Problem.builder("c", "second").at("f.json", 3, 4).pointer("/b").suggestion("fix it").build();
        ProblemException e = new ProblemException(List.of(a, b));
        assertEquals("2 problems:\nf.json:1:2 /a: first\nf.json:3:4 /b: second (fix it)", e.getMessage());
        assertEquals(List.of(a, b), e.problems());
        assertThrows(IllegalArgumentException.class, () -> new ProblemException(List.of()));
    }
}
