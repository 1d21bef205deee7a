package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.model.Article;
import io.healthpage.problem.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * Export of one locale to the files translators' tools read — XLIFF 1.2, XLIFF 2.0, gettext PO and POT —
 * and import of the translated file back into a {@link Bundle}, checked by the full {@link BundleChecker}.
 * Every reader refuses DTDs and entities, reports each bad unit with {@code file:line:column} and its key,
 * and keeps the good ones. The formats are described in {@code docs/bundle-format.md} and which tool reads
 * which in {@code docs/translating-tools.md}. Stateless and thread-safe.
 *
 * <pre>{@code
 * String po = TranslationExchange.write(ExchangeFormat.PO, SourceExtractor.extract(article), esBundle);
 * TranslationExchange.ImportResult r = TranslationExchange.importFile(Path.of("es.po"), null, article, es);
 * }</pre>
 */
public final class TranslationExchange {
    private static final long MAX_BYTES = 50L * 1024 * 1024;
    /** What to do about a file over {@link #MAX_BYTES}. */
    private static final String TOO_LARGE_HINT = "Export fewer languages or articles per file (one article and one locale is the usual unit).";

    /**
     * The outcome of {@link #importFile}: what the format's reader found and what the translator checker
     * found in the imported bundle (its findings are located in the imported file). Immutable and thread-safe.
     *
     * @param read the bundle (or none, when the file was not usable), the state of each unit and the file's problems
     * @param checks the {@link BundleChecker} findings on the imported bundle ({@code null} when there is no bundle)
     */
    public record ImportResult(Xliff.ReadResult read, CheckResult checks) {
        /** Checks the parts. */
        public ImportResult {
            Objects.requireNonNull(read, "read");
        }

        /** The imported bundle, if the file was usable. */
        public Optional<Bundle> bundleIfUsable() {
            return read.bundleIfUsable();
        }

        /** Whether the file or a translation in it has an error. */
        public boolean hasErrors() {
            return read.hasErrors() || checks != null && checks.hasErrors();
        }
    }

    private TranslationExchange() {}

    /**
     * One locale in {@code format} (for {@link ExchangeFormat#POT}: the template, whatever {@code target}
     * holds). Missing and stale texts are marked as needing work; current ones as translated.
     *
     * @param source the source bundle: keys, source patterns and notes for translators, in source order
     * @param target the translations of one locale (may be empty)
     */
    public static String write(ExchangeFormat format, Bundle source, Bundle target) {
        return write(format, source, target, Map.of());
    }

    /**
     * As {@link #write(ExchangeFormat, Bundle, Bundle)}, with the state of current entries ({@code reviewed},
     * {@code final}) for the XLIFF formats; PO has only "translated" and "fuzzy" and ignores them.
     */
    public static String write(ExchangeFormat format, Bundle source, Bundle target, Map<String, Xliff.State> states) {
        return write(format, source, target, states, ZonedDateTime.now(ZoneOffset.UTC));
    }

    static String write(ExchangeFormat format, Bundle source, Bundle target, Map<String, Xliff.State> states, ZonedDateTime now) {
        Objects.requireNonNull(format, "format");
        Xliff.checkPair(source, target, states);
        return switch (format) {
            case XLIFF_20 -> Xliff.write(source, target, states);
            case XLIFF_12 -> Xliff12Writer.write(source, target, states);
            case PO -> PoWriter.write(source, target, false, now);
            case POT -> PoWriter.write(source, target, true, now);
        };
    }

    /**
     * Reads a translated file's text.
     *
     * @param format the file's format, or {@code null} to {@link ExchangeFormat#detect detect} it ({@code POT}
     *     reads as {@code PO})
     * @param fileName the name used in problems and as the bundle's file name
     * @param text the file's text
     * @param source the current source bundle (keys and source patterns)
     * @param targetLocale the locale the file must be for
     */
    public static Xliff.ReadResult read(ExchangeFormat format, String fileName, String text, Bundle source, Locale targetLocale) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(targetLocale, "targetLocale");
        ExchangeFormat f = format != null ? format : ExchangeFormat.detect(text);
        if (text.length() > MAX_BYTES) return Xliff.fileError(fileName, prefix(f) + ".too-large", "the file is over 50 MB", TOO_LARGE_HINT);
        return switch (f) {
            case XLIFF_20 -> Xliff.read(fileName, text, source, targetLocale);
            case XLIFF_12 -> {
                try {
                    yield new Xliff12Reader(fileName, source, targetLocale).read(Xliff.factory().createXMLStreamReader(new StringReader(text)));
                } catch (XMLStreamException e) {
                    yield XliffReader.syntaxError(fileName, e, "save the file from the CAT tool again as XLIFF 1.2;"
                            + " DOCTYPE declarations and entities are not allowed");
                }
            }
            case PO, POT -> new PoReader(fileName, source, targetLocale).read(text);
        };
    }

    /**
     * Reads a translated file (UTF-8; at most 50 MB).
     *
     * @see #read(ExchangeFormat, String, String, Bundle, Locale)
     */
    public static Xliff.ReadResult read(Path file, ExchangeFormat format, Bundle source, Locale targetLocale) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        String pre = prefix(format != null ? format : ExchangeFormat.PO);
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) return Xliff.fileError(name, pre + ".too-large", "the file is over 50 MB", TOO_LARGE_HINT);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Xliff.fileError(name, pre + ".io", "cannot read the file: " + e.getMessage(), "check the path and permissions");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int at = bytes.length;
            if (e instanceof MalformedInputException) {
                // find the offending byte: decode prefixes until one fails (files are small; this runs only on error)
                at = firstBadByte(bytes);
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Xliff.ReadResult(null, Map.of(), List.of(Problem.builder(pre + ".encoding",
                    "the file is not UTF-8 (a byte that UTF-8 does not allow at byte " + at + ")").at(name, line, at - lineStart + 1)
                    .suggestion("save the file as UTF-8 (for PO: msgconv -t UTF-8 FILE)").build()));
        }
        return read(format, name, text, source, targetLocale);
    }

    /**
     * Reads a translated file and runs the full translator checker ({@link BundleChecker}) on what it imports:
     * numbers and doses, do-not-translate names, plural categories, tags and the rest. Findings are located
     * in the imported file.
     *
     * @param file the translated file
     * @param format its format, or {@code null} to detect it
     * @param article the source article (its current text is the source of every unit)
     * @param targetLocale the locale the file must be for
     */
    public static ImportResult importFile(Path file, ExchangeFormat format, Article article, Locale targetLocale) {
        Objects.requireNonNull(article, "article");
        Xliff.ReadResult r = read(file, format, SourceExtractor.extract(article), targetLocale);
        CheckResult checks = r.bundle() == null ? null : BundleChecker.create().check(article, r.bundle());
        return new ImportResult(r, checks);
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static String prefix(ExchangeFormat f) {
        return f == ExchangeFormat.PO || f == ExchangeFormat.POT ? "po" : "xliff";
    }
}
