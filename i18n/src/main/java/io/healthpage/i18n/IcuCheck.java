package io.healthpage.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;

/** Checks an ICU MessageFormat (v1) pattern the way ICU will read it: its syntax, then building a {@code MessageFormat}. */
final class IcuCheck {
    /** Where in the pattern (UTF-16 index) and what. */
    record Failure(int index, String message) {}

    private IcuCheck() {}

    /** The first problem of {@code pattern}, or null when ICU can use it. */
    static Failure check(String pattern, Locale locale) {
        Optional<IcuSyntax.SyntaxError> p = IcuSyntax.check(pattern);
        if (p.isPresent()) return new Failure(p.get().index(), p.get().message());
        try {
            new MessageFormat(pattern, ULocale.forLocale(locale));
        } catch (RuntimeException e) {
            return new Failure(0, IcuSyntax.clean(String.valueOf(e.getMessage())));
        }
        return null;
    }
}
