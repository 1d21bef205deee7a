package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.i18n.Bundle;
import io.healthpage.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format's import runs the full translator checker; its findings point into the imported file. */
class TranslationImportTest {
    @ParameterizedTest
    @EnumSource(value = ExchangeFormat.class, names = {"XLIFF_12", "XLIFF_20", "PO"})
    void aChangedDoseIsFoundAtItsLineInTheTranslatedFileAndTheOtherUnitsAreKept(ExchangeFormat format, @TempDir Path dir)
            throws Exception {
        Article article = Fixtures.article();
        Bundle source = SourceExtractor.extract(article);
        String good = "Tome como máximo 5 mg de <term:ketamine>ketamina</term:ketamine> al día.";
        Bundle es = Fixtures.bundle("es", Fixtures.entry("dose", good), Fixtures.entry("title", "¿Cuánto dura el alivio de la ketamina?"));
        String text = TranslationExchange.write(format, source, es).replace("5 mg de", "50 mg de");
        assertEquals(1, text.split("50 mg de", -1).length - 1, "exactly the target changed");
        Path file = Files.writeString(dir.resolve("es." + format.extension()), text);

        TranslationExchange.ImportResult r = TranslationExchange.importFile(file, null, article, es.locale());

        assertEquals(List.of(), r.read().problems().stream().filter(p -> p.isError()).toList(), "the file itself is fine");
        assertTrue(r.hasErrors(), "the checker's error counts");
        var f = r.checks().findings().stream().filter(x -> x.rule().equals("facts.number-changed")).findFirst().orElseThrow();
        assertEquals("dose", f.key());
        assertEquals(file.toString(), f.file());
        int line = f.line();
        assertTrue(line > 0, f.toString());
        String atLine = text.lines().toList().get(line - 1);
        assertTrue(atLine.contains("dose"), "the finding points at the unit of 'dose' in the file: " + atLine);
        assertTrue(r.bundleIfUsable().orElseThrow().entries().containsKey("title"), "the good unit is kept");
        assertFalse(r.checks().findings().stream().anyMatch(x -> x.isError() && "title".equals(x.key())), r.checks().toString());
    }
}
