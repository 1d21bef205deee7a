package io.healthpage.i18n.tools;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds numbers (in any Unicode decimal digits: Latin, Arabic-Indic, Devanagari, full-width …) and
 * the dose units written right after them, in literal message text. Stateless and thread-safe.
 */
final class Numbers {
    /**
     * A number as written: its value, its unit (canonical, or null), the text, and where it stands in the
     * text searched ({@code end} after its unit).
     */
    record Num(BigDecimal value, String unit, String text, int start, int end) {
        String show() {
            return unit == null ? text : text + " " + unit;
        }
    }

    /** Two numbers joined as a range ("40–60", "5 to 10 mg", "от 40 до 60"): the first as written, then the second. */
    record Range(Num from, Num to) {
        boolean reverses(Range other) {
            return from.value().compareTo(other.to.value()) == 0 && to.value().compareTo(other.from.value()) == 0;
        }

        boolean same(Range other) {
            return from.value().compareTo(other.from.value()) == 0 && to.value().compareTo(other.to.value()) == 0;
        }

        String show() {
            return from.show() + "\u2013" + to.show();
        }
    }

    /**
     * What joins the two ends of a range: a dash (hyphen, en or em dash, wave dash, tilde, a minus) or the
     * word for "to" of a language ("to", "a", "al", "à", "bis", "do", "до", "até", "tot", "إلى", "עד", "から",
     * "至", "到"), with spaces around it or none. A "from" word before the first end ("de", "von", "от") is not
     * needed.
     */
    private static final Pattern RANGE_JOIN = Pattern.compile("(?iu)\\h*(?:[-\u2010-\u2015\u2212~\u301C\uFF5E\uFF0D]"
            + "|to|till|through|a|al|hasta|à|au|bis|do|до|по|až|ila|até|tot|t/m|إلى|الى|حتى|עד|ל-|から|至|到|에서)\\h*");
    /** Also a range when the source has it as one: "between 40 and 60" ("entre 40 y 60", "zwischen 40 und 60"). */
    private static final Pattern AND_JOIN = Pattern.compile("(?iu)\\h*(?:and|y|e|et|und|и|і|i|ve|en|og|och|و|ו|と|和|及)\\h*");

    /**
     * The ranges among numbers found in {@code text} by {@link #find}: neighbours joined by a dash or a "to"
     * word, and with {@code andToo} also by "and" ("between 40 and 60"), on one line.
     */
    static List<Range> ranges(String text, List<Num> nums, boolean andToo) {
        List<Range> out = null;
        for (int k = 0; k + 1 < nums.size(); k++) {
            Num a = nums.get(k);
            Num b = nums.get(k + 1);
            if (b.start() < a.end()) continue;
            String between = text.substring(a.end(), b.start());
            if (RANGE_JOIN.matcher(between).matches() || andToo && AND_JOIN.matcher(between).matches()) {
                if (out == null) out = new ArrayList<>(2);
                out.add(new Range(a, b));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Units that are written the same in every Latin-script language, longest first; canonical form after '='. */
    private static final String[][] UNITS = {
        {"mg/kg/h", "mg/kg/h"}, {"mg/kg", "mg/kg"}, {"µg/kg", "µg/kg"}, {"μg/kg", "µg/kg"}, {"mcg/kg", "µg/kg"},
        {"mmHg", "mmHg"}, {"mcg", "µg"}, {"µg", "µg"}, {"μg", "µg"}, {"mg", "mg"}, {"kg", "kg"}, {"mL", "ml"},
        {"ml", "ml"}, {"IU", "IU"}, {"g", "g"}, {"%", "%"}, {"\uFF05", "%"}, {"\u066A", "%"}, {"\u2030", "‰"},
    };
    private static final Map<ULocale, Character> DECIMAL = new ConcurrentHashMap<>();
    private static final Map<ULocale, Character> GROUPING = new ConcurrentHashMap<>();

    private Numbers() {}

    static List<Num> find(String text, ULocale locale) {
        List<Num> out = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int d = digit(text, i);
            if (d < 0) {
                i++;
                continue;
            }
            if (out == null) out = new ArrayList<>(4);
            int start = i;
            StringBuilder value = new StringBuilder();
            List<Integer> groupLengths = new ArrayList<>();
            List<Character> seps = new ArrayList<>();
            int run = 0;
            while (i < n) {
                int dd = digit(text, i);
                if (dd >= 0) {
                    value.append((char) ('0' + dd));
                    run++;
                    i += Character.charCount(text.codePointAt(i));
                    continue;
                }
                char c = text.charAt(i);
                if (isSeparator(c) && i + 1 < n && digit(text, i + 1) >= 0) {
                    int next = digitRun(text, i + 1);
                    if (isSpace(c) && (next != 3 || run > 3 || !spaceGrouping(locale))) break;
                    groupLengths.add(run);
                    seps.add(c);
                    value.append('\u0000');
                    run = 0;
                    i++;
                    continue;
                }
                break;
            }
            String written = text.substring(start, i);
            BigDecimal v = value(value.toString(), seps, digitRunsAfter(value.toString()), locale);
            int j = i;
            while (j < n && isSpace(text.charAt(j))) j++;
            String unit = null;
            for (String[] u : UNITS) {
                if (text.startsWith(u[0], j)) {
                    int end = j + u[0].length();
                    if (end >= n || !Character.isLetter(text.codePointAt(end))) {
                        unit = u[1];
                        i = end;
                        break;
                    }
                }
            }
            if (v != null) out.add(new Num(v, unit, written, start, i));
        }
        return out == null ? List.of() : out;
    }

    /** The value of digits separated by '\0' at separators, deciding which separator is the decimal one. */
    private static BigDecimal value(String digits, List<Character> seps, List<Integer> runs, ULocale locale) {
        if (seps.isEmpty()) return new BigDecimal(digits);
        char decimal = decimal(locale);
        int decimalAt = -1; // index of the separator that is the decimal point
        int last = seps.size() - 1;
        char lastSep = seps.get(last);
        int afterLast = runs.get(runs.size() - 1);
        if (lastSep == '\u066B') decimalAt = last;
        else if (lastSep == '.' || lastSep == ',') {
            boolean mixed = seps.stream().anyMatch(c -> c != lastSep);
            boolean repeated = seps.stream().filter(c -> c == lastSep).count() > 1;
            if (repeated) decimalAt = -1; // 1,000,000 or 1.000.000
            else if (mixed) decimalAt = last; // 1,000.5 or 1.000,5
            else if (afterLast != 3) decimalAt = last; // 0.5, 2,25
            else decimalAt = lastSep == decimal ? last : -1; // 1.000 / 1,000: the locale decides
        }
        StringBuilder sb = new StringBuilder();
        int sep = 0;
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c == '\u0000') {
                if (sep == decimalAt) sb.append('.');
                sep++;
            } else {
                sb.append(c);
            }
        }
        try {
            return new BigDecimal(sb.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Integer> digitRunsAfter(String digits) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (int k = 0; k < digits.length(); k++) {
            if (digits.charAt(k) == '\u0000') {
                runs.add(run);
                run = 0;
            } else {
                run++;
            }
        }
        runs.add(run);
        return runs;
    }

    private static char decimal(ULocale locale) {
        return DECIMAL.computeIfAbsent(locale, l -> DecimalFormatSymbols.getInstance(l).getDecimalSeparator());
    }

    private static boolean spaceGrouping(ULocale locale) {
        return locale != null && isSpace(GROUPING.computeIfAbsent(locale, l -> DecimalFormatSymbols.getInstance(l).getGroupingSeparator()));
    }

    /** The decimal digit value of the code point at i, or -1. Works for every Unicode decimal digit (Nd). */
    static int digit(String s, int i) {
        int cp = s.codePointAt(i);
        if (cp < 128) return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        return UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(cp, 10) : -1;
    }

    private static int digitRun(String s, int i) {
        int run = 0;
        while (i < s.length() && digit(s, i) >= 0) {
            run++;
            i += Character.charCount(s.codePointAt(i));
        }
        return run;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == '\'' || c == '\u2019' || isSpace(c);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }
}
