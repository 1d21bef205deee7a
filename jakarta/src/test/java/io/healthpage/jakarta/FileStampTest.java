package io.healthpage.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule that lets a rebuild skip hashing a file: its hash is taken from the last scan only while the
 * file's size and modification time are those of the stamp, and only settled files get a stamp.
 */
class FileStampTest {
    private static final String FOLDER = Fixture.ID + "/";
    private static final String ES = ContentLoader.BUNDLES + "es.json";

    @TempDir
    Path tmp;

    @Test
    void aSettledFileKeepsItsHashUntilItsSizeOrTimeChanges() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        Path es = content.resolve(Fixture.ID + "/i18n/es.json");
        Path article = content.resolve(Fixture.ID + "/article.json");
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        Files.setLastModifiedTime(es, hourAgo);
        Files.setLastModifiedTime(article, hourAgo);
        ContentSource source = ContentSource.directory(content);

        ContentLoader.Scanned first = ContentLoader.scan(source, FOLDER, Map.of()).orElseThrow();
        // the hashes are SHA-256 of the bytes (computed here independently), and both settled files have stamps
        assertEquals(sha256(Files.readAllBytes(es)), first.hashes().get(ES));
        assertTrue(first.stamps().get(ES).endsWith("/" + first.hashes().get(ES)), first.stamps().toString());
        assertTrue(first.stamps().containsKey(ContentLoader.ARTICLE), first.stamps().toString());

        // a stamp that still fits is trusted: its hash is taken without reading the file (a made-up one shows it)
        Map<String, String> known = new HashMap<>(first.stamps());
        String stamp = ContentLoader.stamp(es.toUri().toURL());
        known.put(ES, stamp + "made-up");
        assertEquals("made-up", ContentLoader.scan(source, FOLDER, known).orElseThrow().hashes().get(ES));

        // the same size, another modification time: read and hashed again
        String text = Files.readString(es, StandardCharsets.UTF_8);
        String edited = text.replace(Fixture.WRONG_DOSE, Fixture.WRONG_DOSE.replace("50", "60"));
        assertNotEquals(text, edited);
        Files.writeString(es, edited, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(es, FileTime.from(hourAgo.toInstant().plusSeconds(1)));
        ContentLoader.Scanned again = ContentLoader.scan(source, FOLDER, known).orElseThrow();
        assertEquals(sha256(edited.getBytes(StandardCharsets.UTF_8)), again.hashes().get(ES));
        assertNotEquals(first.version(), again.version());

        // a file written just now gets no stamp: a write in the same clock tick could not be told apart
        Files.writeString(es, text, StandardCharsets.UTF_8);
        ContentLoader.Scanned fresh = ContentLoader.scan(source, FOLDER, again.stamps()).orElseThrow();
        assertFalse(fresh.stamps().containsKey(ES), fresh.stamps().toString());
        assertEquals(first.hashes().get(ES), fresh.hashes().get(ES));
        assertEquals(first.version(), fresh.version());
    }

    @Test
    void aRebuildAfterTheFilesSettledGivesTheSameSite() throws Exception {
        Path content = Fixture.content(tmp.resolve("content"));
        for (Path p : List.of(content.resolve(Fixture.ID + "/i18n/es.json"), content.resolve(Fixture.ID + "/i18n/ar.json"))) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        Path out = tmp.resolve("out");
        StaticSite site = StaticSite.builder(ContentSource.directory(content)).build();
        site.write(out);
        SiteManifest m = SiteManifest.read(out.resolve(StaticSite.MANIFEST));
        assertTrue(m.stamps(FOLDER).containsKey(ES), m.stamps().toString());
        // a changed, settled-looking bundle (same size, older time than now) is still seen: its time differs from the stamp
        Path ar = content.resolve(Fixture.ID + "/i18n/ar.json");
        String text = Files.readString(ar, StandardCharsets.UTF_8);
        Files.writeString(ar, text.replace(Fixture.AR_TITLE, Fixture.AR_TITLE.replace('ك', 'ل')), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(ar, FileTime.from(Instant.now().minusSeconds(1800)));
        StaticSite.Result r = site.write(out);
        assertEquals(List.of("ar/" + Fixture.ID + ".html"), r.pages().stream().filter(StaticSite.Page::written)
                .map(StaticSite.Page::path).toList());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
