package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OmegaT (Debian's {@code omegat}, optional: skipped where it is not installed, and not installed by CI)
 * opens our XLIFF 1.2 and PO exports in console mode and writes target files that our import accepts.
 */
class OmegaTTest {
    private static final String PROJECT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <omegat>
              <project version="1.0">
                <source_dir>source</source_dir>
                <source_dir_excludes/>
                <target_dir>target</target_dir>
                <tm_dir>tm</tm_dir>
                <glossary_dir>glossary</glossary_dir>
                <glossary_file>glossary/glossary.txt</glossary_file>
                <dictionary_dir>dictionary</dictionary_dir>
                <source_lang>EN</source_lang>
                <target_lang>ES</target_lang>
                <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                <target_tok>org.omegat.tokenizer.LuceneSpanishTokenizer</target_tok>
                <sentence_seg>false</sentence_seg>
                <support_default_translations>true</support_default_translations>
                <remove_tags>false</remove_tags>
              </project>
            </omegat>
            """;

    @Test
    void omegatWritesTargetFilesOurImportAccepts(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(L10nTools.find("omegat", System.getenv("PATH")) != null,
                "omegat is not installed (optional: apt-get install omegat)");
        Bundle source = ExchangeFixtures.source();
        Bundle target = ExchangeFixtures.translation("es");
        Path project = dir.resolve("project");
        for (String d : new String[] {"source", "target", "tm", "glossary", "dictionary", "omegat"}) {
            Files.createDirectories(project.resolve(d));
        }
        Files.writeString(project.resolve("omegat.project"), PROJECT);
        Files.writeString(project.resolve("source/es.xlf"), TranslationExchange.write(ExchangeFormat.XLIFF_12, source, target));
        Files.writeString(project.resolve("source/es.po"), TranslationExchange.write(ExchangeFormat.PO, source, target));

        L10nTools.Run run = L10nTools.run(dir, "omegat", "--mode=console-translate", "--config-dir=" + dir.resolve("config"),
                "--disable-project-locking", "--no-team", project.toString());
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.out().contains("Translated documents created"), run.both());

        // XLIFF 1.2: OmegaT writes every unit back with its target and state; we read all of it
        Xliff.ReadResult xlf = TranslationExchange.read(project.resolve("target/es.xlf"), null, source, target.locale());
        assertEquals(java.util.List.of(), xlf.problems());
        ExchangeFixtures.assertSameTranslations(source, target, xlf.bundle(), true, "omegat xliff");

        // PO: OmegaT's PO filter does not take fuzzy translations (nor ones equal to the source) as translations
        // and writes them back empty; everything it keeps comes back, and no unit is lost
        Xliff.ReadResult po = TranslationExchange.read(project.resolve("target/es.po"), ExchangeFormat.PO, source, target.locale());
        assertFalse(po.hasErrors(), po.problems().toString());
        assertEquals(source.entries().keySet(), po.states().keySet(), "every unit is in OmegaT's PO");
        int kept = 0;
        for (BundleEntry e : target.entries().values()) {
            BundleEntry got = po.bundle().entries().get(e.key());
            boolean current = e.isTranslationOf(source.entries().get(e.key()).text());
            if (got != null) {
                assertEquals(e.text(), got.text(), e.key());
                assertTrue(current, "only current translations survive OmegaT's PO filter: " + e.key());
                kept++;
            }
        }
        assertTrue(kept > target.entries().size() / 2, kept + " of " + target.entries().size());
        assertTrue(Set.of("po.missing-unit", "po.no-language").containsAll(po.problems().stream().map(Problem::rule).toList())
                || po.problems().isEmpty(), po.problems().toString());
        System.out.println("OmegaT: XLIFF 1.2 " + xlf.bundle().entries().size() + " of " + target.entries().size()
                + " translations back unchanged; PO " + kept + " (its PO filter drops fuzzy ones)");
    }
}
