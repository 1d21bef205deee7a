package io.healthpage.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The idempotence property, {@code sanitize(sanitize(x)).equals(sanitize(x))}, over HTML of the corpus's real-world
 * shapes broken the ways pasted and hand-edited HTML breaks: slices that start and end anywhere (inside a tag, an
 * attribute value, a character reference, a comment), text spliced from one fragment into another, cut-out ranges,
 * duplicated ranges, generated hostile snippets ({@link SanitizerPropertyTest#html}) inserted at random places, and
 * wrappers that change how the parser reads everything inside ({@code svg}, {@code math}, {@code table},
 * {@code noscript}, {@code template}, a left-open {@code p}). Fixed seeds, so a failure reproduces; each case also
 * has to be safe and the same as the three-pass cleaner's output. This is what lets {@link Sanitizer#sanitize}
 * parse once for a pass it knows settled instead of re-cleaning every output until stable.
 */
class SanitizerMutatedCorpusTest {
    private static final int CASES_PER_SEED = 1_000;
    private static final String[] WRAPPERS = {"<svg>", "<math>", "<table>", "<noscript>", "<template>", "<p>",
        "<select>", "<button>", "<object>", "<ul><li>", "<h2>", "<a href=\"#x\">", "<svg><foreignObject>", "<math><mtext>"};

    private static List<String> corpus;

    @BeforeAll
    static void readCorpus() throws IOException {
        corpus = new ArrayList<>();
        for (String f : SanitizerCorpusTest.files()) corpus.add(SanitizerCorpusTest.read(f));
        assertTrue(corpus.size() >= 20, "the corpus has " + corpus.size() + " fragments");
    }

    @ParameterizedTest
    @ValueSource(longs = {13L, 20261205L, 4242424242L})
    void mutatedCorpusFragmentsSanitizeToAFixedPoint(long seed) {
        Random random = new Random(seed);
        Sanitizer standard = Sanitizer.standard();
        Sanitizer withBase = Sanitizer.withUrlPolicy(UrlPolicy.withBase("https://example.org/health/"));
        int mutated = 0;
        for (int n = 0; n < CASES_PER_SEED; n++) {
            String source = corpus.get(random.nextInt(corpus.size()));
            String base = slice(random, source, 50, 4_000);
            String in = mutate(random, base);
            if (!in.equals(base)) mutated++;
            Sanitizer s = random.nextBoolean() ? withBase : standard;
            String out = s.sanitize(in);
            String where = "seed " + seed + " case " + n + ": " + in;
            assertEquals(out, s.sanitize(out), "not idempotent for " + where);
            SafeOutput.assertSafe(in, out);
            assertEquals(SanitizerPropertyTest.threePass(s, in), out, "differs from the three-pass cleaner for " + where);
        }
        // the mutations must really change the input, or this would only re-test slices of the corpus
        assertTrue(mutated > CASES_PER_SEED * 9 / 10, "the mutations changed only " + mutated + " inputs");
    }

    /**
     * The first case the mutations found: anchors nested deeper than the parser's adoption agency algorithm reaches
     * (8 steps) moved 8 levels on at every parse, so 4 passes never reached a fixed point. Nested anchors are now
     * unwrapped.
     */
    @Test
    void deeplyNestedAnchorsReachAFixedPoint() {
        String in = "<a href=\"#x\">" + "<div>".repeat(40) + "<a href=\"#y\">t</a>";
        for (Sanitizer s : List.of(Sanitizer.standard(), Sanitizer.withUrlPolicy(UrlPolicy.withBase("https://example.org/")))) {
            String out = s.sanitize(in);
            assertEquals(out, s.sanitize(out));
            assertEquals(SanitizerPropertyTest.threePass(s, in), out);
            assertTrue(Jsoup.parseBodyFragment(out).select("a a").isEmpty(), out);
            assertEquals(40, Jsoup.parseBodyFragment(out).select("div").size(), "the content of the dropped anchors is kept: " + out);
        }
    }

    /** One, two or three mutations of {@code html}. */
    private static String mutate(Random r, String html) {
        String s = html;
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            int at = r.nextInt(s.length() + 1);
            switch (r.nextInt(6)) {
                case 0: // splice a slice of another fragment in at any character
                    s = s.substring(0, at) + slice(r, corpus.get(r.nextInt(corpus.size())), 1, 600) + s.substring(at);
                    break;
                case 1: { // cut a range out
                    int end = Math.min(s.length(), at + r.nextInt(200));
                    s = s.substring(0, at) + s.substring(end);
                    break;
                }
                case 2: { // duplicate a range (unbalanced tags, repeated ids)
                    int end = Math.min(s.length(), at + r.nextInt(300));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                    break;
                }
                case 3: // a generated hostile snippet
                    s = s.substring(0, at) + SanitizerPropertyTest.html(r, 1) + s.substring(at);
                    break;
                case 4: // a wrapper that changes the parser's mode for everything inside, sometimes closed
                    String w = WRAPPERS[r.nextInt(WRAPPERS.length)];
                    s = w + s + (r.nextBoolean() ? "</" + w.substring(w.lastIndexOf('<') + 1, w.length() - 1).split(" ")[0] + ">" : "");
                    break;
                default: // truncate: leaves tags, attributes, references or comments open
                    s = s.substring(0, at);
                    break;
            }
        }
        return s;
    }

    /** A slice of {@code s} of {@code min}–{@code max} characters starting anywhere. */
    private static String slice(Random r, String s, int min, int max) {
        int len = Math.min(s.length(), min + r.nextInt(max - min + 1));
        int start = r.nextInt(s.length() - len + 1);
        return s.substring(start, start + len);
    }
}
