package io.healthpage.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The short hash that ties a translation to the source text it was translated from: the first 8 hex
 * digits (lower case) of SHA-256 over the NFC-normalised source pattern encoded as UTF-8. When the
 * current source pattern hashes differently, the translation is stale. Stateless and thread-safe.
 */
public final class SourceHash {
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{8}");

    private SourceHash() {}

    /**
     * The hash of a source pattern, e.g. {@code of("Hello")} is {@code "185f8db3"}.
     *
     * @param sourcePattern the ICU pattern in the source locale, exactly as in the article
     * @return 8 lower-case hex digits
     */
    public static String of(String sourcePattern) {
        Objects.requireNonNull(sourcePattern, "source pattern");
        String nfc = Normalizer.normalize(sourcePattern, Normalizer.Form.NFC);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /** Whether {@code value} has the form of a hash: exactly 8 lower-case hex digits. */
    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }
}
