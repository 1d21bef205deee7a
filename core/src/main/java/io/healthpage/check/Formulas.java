package io.healthpage.check;

/**
 * The readability formulas, from counts. Pure functions; thread-safe. Sources (checked, see
 * {@code docs/checker.md}):
 * <ul>
 * <li>Flesch Reading Ease (Flesch 1948) and Flesch–Kincaid grade (Kincaid et al. 1975);</li>
 * <li>SMOG (McLaughlin 1969): 1.0430 × √(polysyllables × 30 / sentences) + 3.1291, constant outside the root;</li>
 * <li>Fernández Huerta (1959) as corrected by Law (2011): 206.84 − 0.60 P − 1.02 F with P syllables per
 *     100 words and F words per sentence (the common "F = sentences per 100 words" makes shorter
 *     sentences score harder, which cannot be right);</li>
 * <li>Szigriszt-Pazos (1993) Perspicuity, read with the INFLESZ bands (Barrio-Cantalejo et al. 2008);</li>
 * <li>Kandel &amp; Moles (1958): 207 − 1.015 × words/sentence − 73.6 × syllables/word;</li>
 * <li>Amstad (1978): 180 − words/sentence − 58.5 × syllables/word;</li>
 * <li>first Wiener Sachtextformel (Bamberger &amp; Vanecek 1984);</li>
 * <li>LIX (Björnsson 1968) and RIX (Anderson 1983), long words having more than six letters.</li>
 * </ul>
 */
final class Formulas {
    private Formulas() {}

    static double fleschReadingEase(int words, int sentences, int syllables) {
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
    }

    static double fleschKincaidGrade(int words, int sentences, int syllables) {
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static double smogGrade(int polysyllables, int sentences) {
        return 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
    }

    static double fernandezHuerta(int words, int sentences, int syllables) {
        double p = 100.0 * syllables / words;
        double f = (double) words / sentences;
        return 206.84 - 0.60 * p - 1.02 * f;
    }

    static double szigrisztPazos(int words, int sentences, int syllables) {
        return 206.835 - 62.3 * syllables / words - (double) words / sentences;
    }

    /** The INFLESZ band of a Szigriszt-Pazos score. */
    static String infleszBand(double score) {
        if (score < 40) return "very difficult";
        if (score < 55) return "somewhat difficult";
        if (score < 65) return "normal";
        if (score <= 80) return "fairly easy";
        return "very easy";
    }

    static double kandelMoles(int words, int sentences, int syllables) {
        return 207 - 1.015 * words / sentences - 73.6 * syllables / words;
    }

    static double amstad(int words, int sentences, int syllables) {
        return amstad((double) words / sentences, (double) syllables / words);
    }

    /** Amstad from the averages: words per sentence (ASL) and syllables per word (ASW). */
    static double amstad(double asl, double asw) {
        return 180 - asl - 58.5 * asw;
    }

    /**
     * First Wiener Sachtextformel: 0.1935 MS + 0.1672 SL + 0.1297 IW − 0.0327 ES − 0.875, with MS the
     * percentage of words of three or more syllables, SL words per sentence, IW the percentage of words
     * with more than six letters, ES the percentage of one-syllable words. A school grade (4 to 15).
     */
    static double wienerSachtextformel1(int words, int sentences, int polysyllables, int longWords, int monosyllables) {
        double ms = 100.0 * polysyllables / words;
        double sl = (double) words / sentences;
        double iw = 100.0 * longWords / words;
        double es = 100.0 * monosyllables / words;
        return 0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875;
    }

    static double lix(int words, int sentences, int longWords) {
        return (double) words / sentences + 100.0 * longWords / words;
    }

    /** The LIX band (Björnsson). */
    static String lixBand(double lix) {
        if (lix < 30) return "very easy";
        if (lix < 40) return "easy";
        if (lix < 50) return "medium";
        if (lix < 60) return "difficult";
        return "very difficult";
    }

    static double rix(int sentences, int longWords) {
        return (double) longWords / sentences;
    }

    /** Anderson's (1983) conversion of a RIX score to a US school grade (13 = college). */
    static int rixGrade(double rix) {
        double[] lower = {0.2, 0.5, 0.8, 1.3, 1.8, 2.4, 3.0, 3.7, 4.5, 5.3, 6.2, 7.2};
        int grade = 1;
        for (double l : lower) if (rix >= l) grade++;
        return grade;
    }

    /**
     * The band of a score on the Flesch scale (also used for Fernández Huerta, Kandel–Moles and
     * Amstad, which are calibrated to it): Flesch's table of 1948.
     */
    static String fleschBand(double score) {
        if (score >= 90) return "very easy (grade 5)";
        if (score >= 80) return "easy (grade 6)";
        if (score >= 70) return "fairly easy (grade 7)";
        if (score >= 60) return "standard (grades 8\u20139)";
        if (score >= 50) return "fairly difficult (grades 10\u201312)";
        if (score >= 30) return "difficult (college)";
        return "very difficult (college graduate)";
    }

    /** The lowest Flesch-scale score that Flesch's table places at or below the given school grade. */
    static double minEaseForGrade(int grade) {
        if (grade <= 5) return 90;
        if (grade == 6) return 80;
        if (grade == 7) return 70;
        if (grade <= 9) return 60;
        if (grade <= 12) return 50;
        return 30;
    }
}
