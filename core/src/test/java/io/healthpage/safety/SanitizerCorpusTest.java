package io.healthpage.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real-world-shaped fragments of {@code corpus/} (see its README): every one comes out safe,
 * idempotent, and exactly as the three-pass cleaner made it.
 */
class SanitizerCorpusTest {
    static List<String> files() throws IOException {
        String readme = read("README.md");
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\| `([0-9]{2}-[a-z0-9-]+\\.html)` \\|").matcher(readme);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    static String read(String name) throws IOException {
        try (InputStream in = SanitizerCorpusTest.class.getResourceAsStream("corpus/" + name)) {
            if (in == null) throw new IOException("corpus/" + name + " is not on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyFragmentsOfRealisticSize() throws IOException {
        List<String> files = files();
        assertTrue(files.size() >= 20, "corpus/README.md lists only " + files);
        for (String f : files) {
            int size = read(f).length();
            assertTrue(size >= 1_000 && size <= 100_000, f + " has " + size + " characters");
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void safeIdempotentAndAsTheThreePassCleanerMadeIt(String file) throws IOException {
        String in = read(file);
        for (Sanitizer s : List.of(Sanitizer.standard(), Sanitizer.withUrlPolicy(UrlPolicy.withBase("https://example.org/health/")))) {
            String out = s.sanitize(in);
            SafeOutput.assertSafe(in, out);
            assertEquals(out, s.sanitize(out), file + " is not idempotent");
            assertEquals(SanitizerPropertyTest.threePass(s, in), out, file + " differs from the three-pass cleaner");
        }
    }
}
