package io.healthpage.examples.cli;

import io.healthpage.i18n.LanguageNegotiator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --locale} strictly as a BCP 47 tag with {@link LanguageNegotiator#parseTag}. */
final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
        return LanguageNegotiator.parseTag(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a BCP 47 language tag (examples: en, es, pt-BR, zh-Hans; use '-', not '_')"));
    }
}
