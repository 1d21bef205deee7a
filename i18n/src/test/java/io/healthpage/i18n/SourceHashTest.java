package io.healthpage.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceHashTest {
    @Test
    void firstEightHexDigitsOfSha256() {
        // `printf 'Hello' | sha256sum` = 185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969
        assertEquals("185f8db3", SourceHash.of("Hello"));
        // `printf '' | sha256sum` = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
        assertEquals("e3b0c442", SourceHash.of(""));
    }

    @Test
    void normalisesToNfcAndEncodesUtf8() {
        // "é" precomposed (U+00E9) and decomposed (e + U+0301) are the same source text
        assertEquals(SourceHash.of("caf\u00e9"), SourceHash.of("cafe\u0301"));
        // `printf 'caf\xc3\xa9' | sha256sum` = 850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e
        assertEquals("850f7dc4", SourceHash.of("caf\u00e9"));
    }

    @Test
    void aSourceEditMakesTheTranslationStale() {
        String source = "Relief usually lasts {duration}.";
        BundleEntry entry = new BundleEntry("k", "El alivio suele durar {duration}.", SourceHash.of(source), null, 1, 1);
        assertTrue(entry.isTranslationOf(source));
        assertFalse(entry.isTranslationOf("Relief often lasts {duration}."));
        assertFalse(new BundleEntry("k", "x", null, null, 0, 0).isTranslationOf(source), "no hash counts as stale");
        assertNotEquals(SourceHash.of("a"), SourceHash.of("a "));
    }

    @Test
    void wellFormedHashes() {
        assertTrue(SourceHash.isWellFormed("0123abcd"));
        assertFalse(SourceHash.isWellFormed("0123ABCD"));
        assertFalse(SourceHash.isWellFormed("0123abc"));
        assertFalse(SourceHash.isWellFormed(null));
    }
}
