package io.healthpage.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readability formulas of a language (docs/checker.md, "Readability") over the counts of an article's
 * prose, and which of them miss the target grade. Built once per check; read-only afterwards.
 */
final class Readability {
    /** A formula that misses its target. */
    record TooHard(String formula, double value, String target) {}

    /** Scores by formula name, in the order the summary shows them. */
    final Map<String, Double> scores = new LinkedHashMap<>();
    /** The scores that are school grades. */
    final Map<String, Double> grades = new LinkedHashMap<>();
    /** The interpretation of scores ("INFLESZ: normal"). */
    final Map<String, String> bands = new LinkedHashMap<>();
    final List<TooHard> tooHard = new ArrayList<>();
    /** No formula is valid for the language (Chinese, Japanese, Korean): characters per sentence instead. */
    final boolean noFormula;

    private final TextAnalyzer.Counts c;
    private final int target;
    private final double minEase;

    Readability(String language, TextAnalyzer.Counts counts, int targetGrade) {
        this.c = counts;
        this.target = targetGrade;
        this.minEase = Formulas.minEaseForGrade(targetGrade);
        noFormula = language.equals("zh") || language.equals("ja") || language.equals("ko");
        if (noFormula) {
            if (c.sentences > 0) scores.put("characters per sentence", (double) c.characters / c.sentences);
            return;
        }
        if (c.words == 0) return;
        switch (language) {
            case "en" -> english();
            case "es" -> spanish();
            case "fr" -> french();
            case "de" -> german();
            default -> lixAndRix();
        }
    }

    private void english() {
        double fre = Formulas.fleschReadingEase(c.words, c.sentences, c.syllables);
        double fk = Formulas.fleschKincaidGrade(c.words, c.sentences, c.syllables);
        double smog = Formulas.smogGrade(c.polysyllables, c.sentences);
        score("Flesch Reading Ease", fre, Formulas.fleschBand(fre));
        grade("Flesch\u2013Kincaid grade", fk);
        grade("SMOG grade", smog);
    }

    private void spanish() {
        double fh = Formulas.fernandezHuerta(c.words, c.sentences, c.syllables);
        double sp = Formulas.szigrisztPazos(c.words, c.sentences, c.syllables);
        ease("Fern\u00e1ndez Huerta", fh);
        score("Szigriszt-Pazos", sp, "INFLESZ: " + Formulas.infleszBand(sp));
        if (sp < 55) tooHard.add(new TooHard("Szigriszt-Pazos", sp, "at least 55 (INFLESZ normal)"));
    }

    private void french() {
        ease("Kandel\u2013Moles", Formulas.kandelMoles(c.words, c.sentences, c.syllables));
    }

    private void german() {
        ease("Amstad", Formulas.amstad(c.words, c.sentences, c.syllables));
        grade("Wiener Sachtextformel",
                Formulas.wienerSachtextformel1(c.words, c.sentences, c.polysyllables, c.longWords, c.monosyllables));
    }

    private void lixAndRix() {
        double lix = Formulas.lix(c.words, c.sentences, c.longWords);
        double rix = Formulas.rix(c.sentences, c.longWords);
        score("LIX", lix, Formulas.lixBand(lix));
        scores.put("RIX", rix);
        int g = Formulas.rixGrade(rix);
        grades.put("RIX (Anderson grade)", (double) g);
        if (g > target) tooHard.add(new TooHard("RIX (Anderson grade)", g, "grade " + target + " or lower"));
    }

    private void score(String formula, double value, String band) {
        scores.put(formula, value);
        bands.put(formula, band);
    }

    /** A recalibration of Flesch's scale: banded, and at least the score of the target grade. */
    private void ease(String formula, double value) {
        score(formula, value, Formulas.fleschBand(value));
        if (value < minEase) tooHard.add(new TooHard(formula, value, "at least " + (int) minEase));
    }

    /** A school grade: at most the target. */
    private void grade(String formula, double value) {
        scores.put(formula, value);
        grades.put(formula, value);
        if (value > target) tooHard.add(new TooHard(formula, value, "grade " + target + " or lower"));
    }
}
