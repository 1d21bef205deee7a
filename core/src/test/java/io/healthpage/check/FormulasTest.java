package io.healthpage.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each formula against a worked example. Where a published worked example exists it is named; where
 * none could be found the expected value is computed by hand from the formula with small round
 * counts, shown in the comment, so a wrong coefficient (or a constant inside the root) fails.
 */
class FormulasTest {
    private static final double EPS = 1e-9;

    @Test
    void fleschReadingEaseOfTheCatSatOnTheMat() {
        // Published example: "The cat sat on the mat." scores 116 on Flesch Reading Ease
        // (Wikipedia, "Flesch–Kincaid readability tests"): 206.835 − 1.015·6 − 84.6·6/6 = 116.145.
        assertEquals(116.145, Formulas.fleschReadingEase(6, 1, 6), EPS);
        // and through the real pipeline: ICU word/sentence breaks and the English syllable counter
        TextAnalyzer ta = new TextAnalyzer(Locale.ENGLISH);
        List<TextAnalyzer.Sentence> s = ta.sentences("The cat sat on the mat.");
        TextAnalyzer.Counts c = new TextAnalyzer.Counts();
        s.forEach(x -> c.add(x, "en"));
        assertEquals(1, c.sentences);
        assertEquals(6, c.words);
        assertEquals(6, c.syllables);
    }

    @Test
    void fleschKincaidGrade() {
        // By hand: 100 words, 5 sentences, 150 syllables: 0.39·20 + 11.8·1.5 − 15.59 = 7.8 + 17.7 − 15.59 = 9.91
        assertEquals(9.91, Formulas.fleschKincaidGrade(100, 5, 150), 1e-9);
    }

    @Test
    void smogHasItsConstantOutsideTheRoot() {
        // McLaughlin (1969): grade = 1.0430·√(polysyllables·30/sentences) + 3.1291. By hand with 30 sentences
        // and 100 polysyllables: 1.043·√100 + 3.1291 = 10.43 + 3.1291 = 13.5591. McLaughlin's own quick rule
        // "3 + √(polysyllable count in 30 sentences)" gives 13, within half a grade. A constant wrongly under
        // the root would give 1.043·√103.1291 = 10.59.
        assertEquals(13.5591, Formulas.smogGrade(100, 30), 1e-9);
        // normalized to 30 sentences: 10 sentences with 3 polysyllables = 30 sentences with 9 → 1.043·3 + 3.1291
        assertEquals(6.2581, Formulas.smogGrade(3, 10), 1e-9);
    }

    @Test
    void smogAgreesWithMcLaughlinsConversionTable() {
        // McLaughlin (1969), "SMOG Grading — a New Readability Formula", J. Reading 12(8): the conversion table
        // (total polysyllables in 30 sentences → grade), widely reprinted for health materials. The precise
        // formula must land within one grade of the table at the middle of every band. (The table rounds the
        // approximate 3 + √count, so at the upper edges of high bands the precise formula is just over a grade
        // above it — the known inaccuracy of the table, not of the formula.)
        int[][] table = {{0, 2, 4}, {3, 6, 5}, {7, 12, 6}, {13, 20, 7}, {21, 30, 8}, {31, 42, 9}, {43, 56, 10},
            {57, 72, 11}, {73, 90, 12}, {91, 110, 13}, {111, 132, 14}, {133, 156, 15}, {157, 182, 16},
            {183, 210, 17}, {211, 240, 18}};
        for (int[] band : table) {
            int count = (band[0] + band[1]) / 2;
            double grade = Formulas.smogGrade(count, 30);
            assertTrue(Math.abs(grade - band[2]) <= 1.0, count + " polysyllables: " + grade + " vs table grade " + band[2]);
        }
    }

    @Test
    void fernandezHuertaAsCorrectedByLaw2011() {
        // L = 206.84 − 0.60·P − 1.02·F, P syllables per 100 words, F words per sentence (Law 2011, LINGUIST
        // List 22.2332; legible.es). By hand: 100 words, 5 sentences, 180 syllables → P = 180, F = 20:
        // 206.84 − 108 − 20.4 = 78.44.
        assertEquals(78.44, Formulas.fernandezHuerta(100, 5, 180), 1e-9);
        // Law's sanity check: longer sentences (fewer of them) must make the text harder, not easier
        assertTrue(Formulas.fernandezHuerta(100, 2, 180) < Formulas.fernandezHuerta(100, 10, 180));
    }

    @Test
    void szigrisztPazosAndInfleszBands() {
        // By hand: 100 words, 5 sentences, 180 syllables: 206.835 − 62.3·1.8 − 20 = 74.695
        assertEquals(74.695, Formulas.szigrisztPazos(100, 5, 180), 1e-9);
        // INFLESZ (Barrio-Cantalejo et al. 2008): <40 very difficult, 40–55 somewhat difficult, 55–65 normal,
        // 65–80 fairly easy, >80 very easy
        assertEquals("very difficult", Formulas.infleszBand(39.9));
        assertEquals("somewhat difficult", Formulas.infleszBand(40));
        assertEquals("normal", Formulas.infleszBand(55));
        assertEquals("fairly easy", Formulas.infleszBand(74.695));
        assertEquals("very easy", Formulas.infleszBand(80.1));
    }

    @Test
    void kandelMoles() {
        // 207 − 1.015·ASL − 73.6·ASW (Kandel & Moles 1958; = 0.736 per syllables per 100 words).
        // By hand: 100 words, 5 sentences, 150 syllables: 207 − 20.3 − 110.4 = 76.3
        assertEquals(76.3, Formulas.kandelMoles(100, 5, 150), 1e-9);
    }

    @Test
    void amstad() {
        // 180 − ASL − 58.5·ASW (Amstad 1978). By hand: 100 words, 5 sentences, 150 syllables: 180 − 20 − 87.75
        assertEquals(72.25, Formulas.amstad(100, 5, 150), 1e-9);
    }

    @Test
    void firstWienerSachtextformel() {
        // 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875 (Bamberger & Vanecek 1984). By hand: 100 words,
        // 5 sentences, 10 words ≥ 3 syllables (MS 10), 20 words > 6 letters (IW 20), 60 one-syllable words (ES 60):
        // 1.935 + 3.344 + 2.594 − 1.962 − 0.875 = 5.036
        assertEquals(5.036, Formulas.wienerSachtextformel1(100, 5, 10, 20, 60), 1e-9);
    }

    @Test
    void lixAndRix() {
        // LIX = words/sentences + 100·long/words (Björnsson 1968); RIX = long/sentences (Anderson 1983).
        // By hand: 100 words, 5 sentences, 25 long words: LIX 20 + 25 = 45 ("medium"), RIX 5.0
        assertEquals(45.0, Formulas.lix(100, 5, 25), 1e-9);
        assertEquals("medium", Formulas.lixBand(45));
        assertEquals(5.0, Formulas.rix(5, 25), 1e-9);
        // Anderson's table: RIX 4.5–5.2 is grade 10, 3.0–3.6 grade 8, 7.2 and above college (13)
        assertEquals(10, Formulas.rixGrade(5.0));
        assertEquals(8, Formulas.rixGrade(3.0));
        assertEquals(13, Formulas.rixGrade(7.2));
        assertEquals(1, Formulas.rixGrade(0.1));
    }

    @Test
    void fleschScaleTargets() {
        // Flesch (1948): 60–70 is "standard", grades 8–9; 70–80 grade 7
        assertEquals(60, Formulas.minEaseForGrade(8));
        assertEquals(70, Formulas.minEaseForGrade(7));
        assertEquals("standard (grades 8\u20139)", Formulas.fleschBand(65));
    }
}
