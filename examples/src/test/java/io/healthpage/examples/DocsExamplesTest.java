package io.healthpage.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.healthpage.check.CheckReport;
import io.healthpage.i18n.SourceHash;
import io.healthpage.i18n.tools.CheckResult;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of a rule of your own — a banned-terms rule in docs/checker.md, a glossary rule in
 * TRANSLATING.md — and their rule files are compiled and run as written.
 */
class DocsExamplesTest {
    private static final Locale EN = Locale.ENGLISH;

    private static String wrap(String className, String imports, String signature, String body, String result) {
        return imports + "\npublic class " + className + " {\n    public static " + signature + " throws Exception {\n"
                + body.indent(8) + "        return " + result + ";\n    }\n}\n";
    }

    @Test
    void bannedTermsRuleOfTheCheckerGuide(@TempDir Path tmp) throws Exception {
        String guide = Files.readString(DocExample.root().resolve("docs/checker.md"), StandardCharsets.UTF_8);
        Path rulesFile = Files.writeString(tmp.resolve("checker-rules.json"), DocExample.block(guide, "json", "checker-rules.json"));
        String source = wrap("BannedTerms", "import io.healthpage.check.*;\nimport io.healthpage.model.Article;\n"
                        + "import io.healthpage.problem.*;\nimport java.nio.file.Path;\nimport java.util.*;\n",
                "CheckReport run(Article article, Path rulesFile)", DocExample.block(guide, "java", "banned-terms"), "report");
        Article article = Article.builder("detox", EN).title(Message.of("title", "Does a detox help with pain?", EN))
                .lead(new Paragraph("p", Message.of("p.a", "No detox is a miracle. The dose is given by a nurse.", EN))).build();

        CheckReport report;
        try (URLClassLoader cl = DocExample.compile(tmp, Map.of("BannedTerms", source))) {
            report = (CheckReport) cl.loadClass("BannedTerms").getMethod("run", Article.class, Path.class)
                    .invoke(null, article, rulesFile);
        }

        List<Problem> banned = report.findings("house.banned-term");
        assertEquals(List.of("detox", "miracle", "detox"), banned.stream().map(Problem::text).toList());
        assertEquals(List.of("/title", "/lead/0/text", "/lead/0/text"), banned.stream().map(Problem::pointer).toList());
        assertEquals(Severity.ERROR, banned.get(0).severity(), "the rule file makes it an error");
        assertEquals(Severity.ERROR, report.findings("trust.no-reviewer").get(0).severity());
        assertEquals(List.of(), report.findings("language.passive-voice"), "switched off by the rule file");
    }

    @Test
    void glossaryRuleOfTheTranslatorsGuide(@TempDir Path tmp) throws Exception {
        String guide = Files.readString(DocExample.root().resolve("TRANSLATING.md"), StandardCharsets.UTF_8);
        Path rulesFile = Files.writeString(tmp.resolve("translator-rules.json"),
                DocExample.block(guide, "json", "translator-rules.json"));
        String source = wrap("Glossary", "import io.healthpage.i18n.tools.*;\nimport io.healthpage.model.Article;\n"
                        + "import io.healthpage.problem.*;\nimport java.nio.file.Path;\nimport java.util.*;\n",
                "CheckResult run(Article article, Path bundleFile, Path rulesFile)", DocExample.block(guide, "java", "glossary"),
                "result");
        String title = "How long does ketamine pain relief last?";
        String side = "Every side effect passes.";
        Article article = Article.builder("glossary", EN).title(Message.of("title", title, EN))
                .lead(new Paragraph("p", Message.of("p.side", side, EN))).build();
        Path bundleFile = Files.writeString(tmp.resolve("es.json"), """
                {"format": 1, "locale": "es", "kind": "article", "article": "glossary", "sourceLocale": "en",
                 "messages": {
                  "title": {"text": "¿Cuánto dura el efecto analgésico de la ketamina?", "source": "%s"},
                  "p.side": {"text": "Todo efecto secundario pasa.", "source": "%s"}}}
                """.formatted(SourceHash.of(title), SourceHash.of(side)));

        CheckResult result;
        try (URLClassLoader cl = DocExample.compile(tmp, Map.of("Glossary", source))) {
            result = (CheckResult) cl.loadClass("Glossary").getMethod("run", Article.class, Path.class, Path.class)
                    .invoke(null, article, bundleFile, rulesFile);
        }

        List<Problem> found = result.findings().stream().filter(p -> p.rule().equals("house.glossary")).toList();
        assertEquals(1, found.size(), result.toText(false));
        assertEquals("title", found.get(0).key());
        assertEquals(3, found.get(0).line());
        assertEquals(Severity.WARNING, found.get(0).severity(), "the rule file makes it a warning");
        assertFalse(result.hasErrors(), result.toText(false));
    }
}
