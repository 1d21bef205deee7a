package io.healthpage.i18n.tools;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Missing tools skip the real-client tests, except in CI, where they fail them. */
class L10nToolsTest {
    @Test
    void missingToolsSkipUnlessRequired(@TempDir Path dir) throws Exception {
        Map<String, String> none = Map.of("PATH", dir.toString());
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> L10nTools.require(List.of("msgfmt"), none));
        assertTrue(skipped.getMessage().contains("apt-get install gettext translate-toolkit"), skipped.getMessage());
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> L10nTools.require(List.of("msgfmt"), Map.of("PATH", dir.toString(), L10nTools.REQUIRE_ENV, "1")));
        assertTrue(failed.getMessage().contains("HEALTHPAGE_REQUIRE_L10N_TOOLS=1 requires them"), failed.getMessage());
        Path fake = Files.createFile(dir.resolve("msgfmt"));
        assertTrue(fake.toFile().setExecutable(true));
        assertDoesNotThrow(() -> L10nTools.require(List.of("msgfmt"), Map.of("PATH", dir.toString(), L10nTools.REQUIRE_ENV, "1")));
    }
}
