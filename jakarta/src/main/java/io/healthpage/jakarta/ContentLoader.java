package io.healthpage.jakarta;

import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.json.ArticleFormatException;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a content folder from any {@link ContentSource}: every {@code <folder>/article.json} (folders in
 * name order) and its {@code <folder>/i18n/} bundles, with the checks of {@code BundleSet.loadDirectory}
 * for the bundles. An article that fails to load is left out; every problem is collected, located.
 *
 * <p>In two steps, so that a caller that already knows an article (the static site's incremental build)
 * can skip parsing it: {@link #scan} lists the folders and hashes their files, {@link #parse} reads one
 * scanned folder. {@link #load} does both for every folder.
 */
final class ContentLoader {
    /** One article as loaded: the article, its bundles, where it came from and a version of its bytes. */
    record Loaded(Article article, BundleSet bundles, String location, String version) {}

    /** What a load gives: the articles by id, in folder order, and the problems. */
    record Result(Map<String, Loaded> articles, List<Problem> problems) {}

    /**
     * One article folder as found, before parsing.
     *
     * @param folder       the folder's name with a trailing {@code /}, e.g. {@code ketamine-pain-relief/}
     * @param location     how problems name its {@code article.json}
     * @param articleBytes the bytes of {@code article.json}, or {@code null} when they could not be read
     *                     (then {@code problems} says why)
     * @param bundleFiles  the files of its {@code i18n/} folder by name
     * @param hashes       a SHA-256 (URL-safe base64) of each file's bytes: {@code article.json} and
     *                     {@code i18n/<name>}
     * @param version      a short hash of all of them: changes whenever a file changes
     * @param problems     what went wrong reading the files (not parsing them)
     * @param stamps       the stamp of each file whose hash a later scan may take without reading it
     *                     ({@link #stamp}); files of other sources than folders, or changed lately, have none
     */
    record Scanned(String folder, String location, byte[] articleBytes, Map<String, URL> bundleFiles,
                   Map<String, String> hashes, String version, List<Problem> problems, Map<String, String> stamps) {}

    /**
     * How old a file's modification time must be, when the file is hashed, for its stamp to be kept: a file
     * written again within the same tick of a coarse file-system clock (FAT: 2 s) right after being hashed
     * would keep its size and time, so such a file is hashed again next time.
     */
    static final long SETTLED_MILLIS = 3_000;

    /** What a scan gives: the article folders in name order, and problems with the content folder itself. */
    record Scan(List<Scanned> folders, List<Problem> problems) {}

    static final String ARTICLE = "article.json";
    static final String BUNDLES = "i18n/";

    private ContentLoader() {}

    static Result load(ContentSource source) {
        Scan scan = scan(source);
        Map<String, Loaded> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>(scan.problems());
        for (Scanned s : scan.folders()) {
            List<Problem> own = new ArrayList<>();
            Optional<Loaded> loaded = parse(source, s, own);
            if (loaded.isPresent()) {
                Loaded l = loaded.get();
                Optional<Problem> duplicate = duplicate(out.get(l.article().id()), l);
                if (duplicate.isPresent()) {
                    // as before: the article's own problems are not reported when it is a copy that is left out
                    problems.add(duplicate.get());
                    continue;
                }
                out.put(l.article().id(), l);
            }
            problems.addAll(own);
        }
        if (scan.problems().isEmpty()) empty(source, out.isEmpty() && problems.isEmpty()).ifPresent(problems::add);
        return new Result(out, problems);
    }

    /** The problem of a folder whose article has the id of an earlier one, or empty when {@code earlier} is null. */
    static Optional<Problem> duplicate(Loaded earlier, Loaded later) {
        if (earlier == null) return Optional.empty();
        return Optional.of(Problems.error("content.duplicate-id", later.location(), "another folder ("
                + earlier.location() + ") has an article with the id \"" + later.article().id() + "\"",
                "Give every article its own id; this one was not loaded."));
    }

    /** The problem of a content folder with no article at all, when {@code empty}. */
    static Optional<Problem> empty(ContentSource source, boolean empty) {
        if (!empty) return Optional.empty();
        return Optional.of(Problems.error("content.empty", source.location(""), "no article found",
                "Put each article in a folder of its own: <article-id>/article.json, translations in <article-id>/i18n/<locale>.json."));
    }

    /** Lists the article folders of {@code source} and reads and hashes their files; parses nothing. */
    static Scan scan(ContentSource source) {
        List<String> folders;
        try {
            folders = source.list("").stream().filter(n -> n.endsWith("/")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return new Scan(List.of(), List.of(Problems.error("content.io", source.location(""),
                    "cannot list the content folder: " + e.getMessage(), "Check where the content is (see docs/jakarta.md).")));
        }
        List<Scanned> out = new ArrayList<>();
        for (String folder : folders) scan(source, folder).ifPresent(out::add);
        return new Scan(List.copyOf(out), List.of());
    }

    /** One folder, or empty when it has no {@code article.json} (it is not an article folder). */
    static Optional<Scanned> scan(ContentSource source, String folder) {
        return scan(source, folder, Map.of());
    }

    /**
     * One folder, taking the hash of a file from {@code known} (the {@link Scanned#stamps} of an earlier
     * scan) when the file is in a folder on disk and its size and modification time (to the nanosecond the
     * file system keeps) are still those of the stamp — the rule of make, rsync and git: a file written
     * since has a later modification time, and a stamp is only made for a file whose modification time was
     * at least {@link #SETTLED_MILLIS} old when it was read. Every other file is read and hashed.
     * {@code article.json} is always read (it is parsed when anything changed); only its hash may be reused.
     */
    static Optional<Scanned> scan(ContentSource source, String folder, Map<String, String> known) {
        Map<String, String> stamps = new TreeMap<>();
        String articlePath = folder + ARTICLE;
        Optional<URL> url = source.file(articlePath);
        if (url.isEmpty()) return Optional.empty();
        String where = source.location(articlePath);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> hashes = new TreeMap<>();
        byte[] bytes = null;
        try {
            String stamp = stamp(url.get());
            bytes = read(url.get(), ArticleJson.DEFAULT_MAX_DOCUMENT_BYTES);
            hashes.put(ARTICLE, hashOf(ARTICLE, stamp, bytes, known, stamps));
            if (bytes.length > ArticleJson.DEFAULT_MAX_DOCUMENT_BYTES) {
                problems.add(Problems.error("json.too-large", where, "the file is larger than the limit of "
                        + ArticleJson.DEFAULT_MAX_DOCUMENT_BYTES + " bytes", "Split the article."));
                bytes = null;
            }
        } catch (IOException e) {
            problems.add(Problems.error("content.io", where, "cannot be read: " + e, "Check that the file is readable."));
            hashes.put(ARTICLE, "");
        }
        Map<String, URL> files = new TreeMap<>();
        String bundleFolder = folder + BUNDLES;
        try {
            for (String name : source.list(bundleFolder)) {
                if (name.endsWith("/")) continue;
                source.file(bundleFolder + name).ifPresent(u -> files.put(name, u));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.error("bundle.io", source.location(bundleFolder), "cannot list the bundle folder: " + e,
                    "Check that the folder exists and can be read; the article is served in its source language until then."));
            files.clear();
        }
        for (Map.Entry<String, URL> f : files.entrySet()) {
            String name = BUNDLES + f.getKey();
            String h;
            try {
                String stamp = stamp(f.getValue());
                String k = stamp == null ? null : known.get(name);
                if (k != null && k.startsWith(stamp) && k.length() > stamp.length()) {
                    h = k.substring(stamp.length());
                    stamps.put(name, k);
                } else {
                    h = hashOf(name, stamp, read(f.getValue(), BundleLoader.DEFAULT_MAX_FILE_SIZE), Map.of(), stamps);
                }
            } catch (IOException e) {
                h = ""; // the loader reports it
            }
            hashes.put(name, h);
        }
        MessageDigest version = sha256();
        hashes.forEach((name, h) -> version.update((name + "\u0000" + h + "\n").getBytes(StandardCharsets.UTF_8)));
        String v = Base64.getUrlEncoder().withoutPadding().encodeToString(version.digest()).substring(0, 16);
        return Optional.of(new Scanned(folder, where, bytes, Collections.unmodifiableMap(files),
                Collections.unmodifiableMap(hashes), v, List.copyOf(problems), Collections.unmodifiableMap(stamps)));
    }

    /**
     * The hash of a file read as {@code bytes}: from its stamp in {@code known} when it matches, else
     * computed; its stamp goes to {@code stamps} when the file has settled.
     */
    private static String hashOf(String name, String stamp, byte[] bytes, Map<String, String> known, Map<String, String> stamps) {
        String k = stamp == null ? null : known.get(name);
        String h = k != null && k.startsWith(stamp) && k.length() > stamp.length() ? k.substring(stamp.length()) : hash(bytes);
        if (stamp != null && settled(stamp)) stamps.put(name, stamp + h);
        return h;
    }

    /**
     * {@code <size>/<modification time in ns>/} of a file on disk, taken before it is read; null for other
     * URLs or when it cannot be told.
     */
    static String stamp(URL url) {
        if (!"file".equals(url.getProtocol())) return null;
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(url.toURI()), BasicFileAttributes.class);
            if (!a.isRegularFile()) return null;
            Instant t = a.lastModifiedTime().toInstant();
            return a.size() + "/" + t.getEpochSecond() + String.format("%09d", t.getNano()) + "/";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the modification time of a stamp is at least {@link #SETTLED_MILLIS} before now. */
    private static boolean settled(String stamp) {
        int a = stamp.indexOf('/');
        String ns = stamp.substring(a + 1, stamp.length() - 1);
        long seconds = Long.parseLong(ns.substring(0, ns.length() - 9));
        return seconds * 1000 + SETTLED_MILLIS <= System.currentTimeMillis() - 1000;
    }

    /**
     * Parses one scanned folder: the article (with every check of {@link ArticleJson}) and its bundles
     * (those of {@code BundleSet.loadUrls}, with the article's keys known). Problems go to {@code problems};
     * empty when the article cannot be used. Thread-safe: folders may be parsed in parallel.
     */
    static Optional<Loaded> parse(ContentSource source, Scanned s, List<Problem> problems) {
        problems.addAll(s.problems());
        if (s.articleBytes() == null) return Optional.empty();
        Article article;
        try {
            article = ArticleJson.reader().read(s.location(), utf8(s.articleBytes()));
        } catch (CharacterCodingException e) {
            problems.add(Problems.error("json.encoding", s.location(), "the file is not valid UTF-8", "Save it as UTF-8."));
            return Optional.empty();
        } catch (ArticleFormatException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
        BundleSet bundles = BundleSet.empty();
        if (!s.bundleFiles().isEmpty()) {
            Set<String> keys = new HashSet<>();
            for (Message m : article.messages()) keys.add(m.key());
            String where = source.location(s.folder() + BUNDLES);
            bundles = BundleSet.loadUrls(where.endsWith("/") ? where.substring(0, where.length() - 1) : where, s.bundleFiles(),
                    BundleLoader.create().withKnownKeys(keys).withArticleId(article.id()));
            problems.addAll(bundles.problems());
        }
        return Optional.of(new Loaded(article, bundles, s.location(), s.version()));
    }

    /** At most {@code limit + 1} bytes, so that "too large" can be told without reading everything. */
    static byte[] read(URL url, long limit) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** SHA-256 of {@code bytes}, URL-safe base64 without padding. */
    static String hash(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256().digest(bytes));
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
