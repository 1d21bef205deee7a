package io.healthpage.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleConfigTest {
    private static List<String> problems(String json) {
        ProblemException e = assertThrows(ProblemException.class, () -> RuleConfig.parse("rules.json", json));
        return e.problems().stream().map(Problem::toShortString).toList();
    }

    @Test
    void readsOffAndSeverities() {
        RuleConfig c = RuleConfig.parse("rules.json", "{\"rules\": {\"text.length\": \"off\", \"text.identical\": \"error\","
                + " \"language.passive-voice\": \"info\", \"keys.missing\": \"warning\"}}");
        assertEquals(Optional.empty(), c.severity("text.length", Severity.WARNING));
        assertEquals(Optional.of(Severity.ERROR), c.severity("text.identical", Severity.WARNING));
        assertEquals(Optional.of(Severity.INFO), c.severity("language.passive-voice", Severity.WARNING));
        assertEquals(Optional.of(Severity.WARNING), c.severity("keys.missing", Severity.WARNING));
        assertEquals(Optional.of(Severity.ERROR), c.severity("icu.syntax", Severity.ERROR), "a rule not named keeps its default");
        assertEquals(List.of("text.length", "text.identical", "language.passive-voice", "keys.missing"), List.copyOf(c.ruleIds()));
        assertEquals("{text.length=off, text.identical=error, language.passive-voice=info, keys.missing=warning}", c.toString());
    }

    @Test
    void anEmptyObjectAndTheDefaultsChangeNothing() {
        assertEquals(Optional.of(Severity.WARNING), RuleConfig.parse("r.json", "{}").severity("x.y", Severity.WARNING));
        assertEquals(Optional.of(Severity.INFO), RuleConfig.defaults().severity("x.y", Severity.INFO));
    }

    @Test
    void badValuesAreLocatedWithAHint() {
        assertEquals(List.of("rules.json:2:18 /rules/text.length: rule \"text.length\": unknown setting \"warnign\" "
                        + "(did you mean \"warning\"?)",
                "rules.json:3:15 /rules/text.url: the setting of rule \"text.url\" must be a string (one of: error, warning, info, off)"),
                problems("{\"rules\": {\n  \"text.length\": \"warnign\",\n  \"text.url\": false}}"));
    }

    @Test
    void unknownFieldsAndWrongShapesAreLocated() {
        assertEquals(List.of("rules.json:1:2 /rule: unknown field \"rule\" (did you mean \"rules\"?)"), problems("{\"rule\": {}}"));
        assertEquals(List.of("rules.json:1:2 /rules: \"rules\" must be an object of rule ids and severities"),
                problems("{\"rules\": [\"text.length\"]}"));
        assertEquals(List.of("rules.json:1:1: expected an object such as {\"rules\": {\"text.length\": \"off\"}}"), problems("[]"));
    }

    @Test
    void aRuleSetTwiceIsAnError() {
        assertEquals(List.of("rules.json:1:34 /rules/text.length: rule \"text.length\" is set twice (first at line 1, column 12) "
                + "(remove one of them)"), problems("{\"rules\": {\"text.length\": \"off\", \"text.length\": \"error\"}}"));
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() {
        List<String> p = problems("{\"rules\": {\"text.length\": \"off\",\n}}");
        assertEquals(1, p.size());
        assertEquals(true, p.get(0).startsWith("rules.json:2:1: malformed JSON"), p.get(0));
        assertEquals(List.of("rules.json:1:1: the file is empty (write {\"rules\": {…}})"), problems(""));
    }

    @Test
    void unknownRuleIdsAreReportedWhereTheyAreNamed() {
        RuleConfig c = RuleConfig.parse("rules.json", "{\"rules\": {\n\"text.lenght\": \"off\",\n\"zzz.qqq\": \"off\"}}");
        ProblemException e = assertThrows(ProblemException.class,
                () -> c.requireKnown(List.of("text.length", "text.identical"), "TRANSLATING.md"));
        assertEquals(List.of("rules.json:2:1 /rules/text.lenght: unknown rule \"text.lenght\" (did you mean \"text.length\"?)",
                "rules.json:3:1 /rules/zzz.qqq: unknown rule \"zzz.qqq\" (the rules are listed in TRANSLATING.md)"),
                e.problems().stream().map(Problem::toShortString).toList());
        assertEquals("rules.unknown-rule", e.problems().get(0).rule());
        c.requireKnown(List.of("text.lenght", "zzz.qqq"), "x"); // known: no exception
    }

    @Test
    void readsAFileAndBuildsInCode(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rules.json");
        Files.writeString(f, "{\"rules\": {\"text.length\": \"off\"}}");
        assertEquals(Optional.empty(), RuleConfig.read(f).severity("text.length", Severity.WARNING));
        RuleConfig built = RuleConfig.builder().off("a.b").severity("c.d", Severity.ERROR).build();
        assertEquals(Optional.empty(), built.severity("a.b", Severity.WARNING));
        assertEquals(Optional.of(Severity.ERROR), built.severity("c.d", Severity.INFO));
        assertThrows(IllegalArgumentException.class, () -> RuleConfig.builder().off(" "));
        assertThrows(NullPointerException.class, () -> RuleConfig.builder().severity("a.b", null));
    }
}
