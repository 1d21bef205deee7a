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
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
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
 */
final class ContentLoader {
    /** One article as loaded: the article, its bundles, where it came from and a version of its bytes. */
    record Loaded(Article article, BundleSet bundles, String location, String version) {}

    /** What a load gives: the articles by id, in folder order, and the problems. */
    record Result(Map<String, Loaded> articles, List<Problem> problems) {}

    private ContentLoader() {}

    static Result load(ContentSource source) {
        Map<String, Loaded> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<String> folders;
        try {
            folders = source.list("").stream().filter(n -> n.endsWith("/")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.error("content.io", source.location(""), "cannot list the content folder: " + e.getMessage(),
                    "Check where the content is (see docs/jakarta.md)."));
            return new Result(out, problems);
        }
        for (String folder : folders) {
            String articlePath = folder + "article.json";
            Optional<URL> url = source.file(articlePath);
            if (url.isEmpty()) continue; // not an article folder
            String where = source.location(articlePath);
            Article article;
            MessageDigest version = sha256();
            try {
                byte[] bytes = read(url.get(), ArticleJson.DEFAULT_MAX_DOCUMENT_BYTES);
                if (bytes.length > ArticleJson.DEFAULT_MAX_DOCUMENT_BYTES) {
                    problems.add(Problems.error("json.too-large", where, "the file is larger than the limit of "
                            + ArticleJson.DEFAULT_MAX_DOCUMENT_BYTES + " bytes", "Split the article."));
                    continue;
                }
                version.update(bytes);
                article = ArticleJson.reader().read(where, utf8(bytes));
            } catch (CharacterCodingException e) {
                problems.add(Problems.error("json.encoding", where, "the file is not valid UTF-8", "Save it as UTF-8."));
                continue;
            } catch (ArticleFormatException e) {
                problems.addAll(e.problems());
                continue;
            } catch (IOException e) {
                problems.add(Problems.error("content.io", where, "cannot be read: " + e, "Check that the file is readable."));
                continue;
            }
            if (out.containsKey(article.id())) {
                problems.add(Problems.error("content.duplicate-id", where, "another folder ("
                        + out.get(article.id()).location() + ") has an article with the id \"" + article.id() + "\"",
                        "Give every article its own id; this one was not loaded."));
                continue;
            }
            BundleSet bundles = bundles(source, folder + "i18n/", article, version, problems);
            String v = Base64.getUrlEncoder().withoutPadding().encodeToString(version.digest()).substring(0, 16);
            out.put(article.id(), new Loaded(article, bundles, source.location(articlePath), v));
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(Problems.error("content.empty", source.location(""), "no article found",
                    "Put each article in a folder of its own: <article-id>/article.json, translations in <article-id>/i18n/<locale>.json."));
        }
        return new Result(out, problems);
    }

    private static BundleSet bundles(ContentSource source, String folder, Article article, MessageDigest version,
                                     List<Problem> problems) {
        List<String> names;
        try {
            names = source.list(folder);
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.error("bundle.io", source.location(folder), "cannot list the bundle folder: " + e, null));
            return BundleSet.empty();
        }
        Map<String, URL> files = new TreeMap<>();
        for (String name : names) {
            if (name.endsWith("/")) continue;
            source.file(folder + name).ifPresent(u -> files.put(name, u));
        }
        if (files.isEmpty()) return BundleSet.empty();
        for (Map.Entry<String, URL> f : files.entrySet()) {
            version.update(f.getKey().getBytes(StandardCharsets.UTF_8));
            try {
                version.update(read(f.getValue(), BundleLoader.DEFAULT_MAX_FILE_SIZE));
            } catch (IOException e) {
                version.update((byte) 0); // the loader reports it
            }
        }
        Set<String> keys = new HashSet<>();
        for (Message m : article.messages()) keys.add(m.key());
        String where = source.location(folder);
        BundleSet set = BundleSet.loadUrls(where.endsWith("/") ? where.substring(0, where.length() - 1) : where, files,
                BundleLoader.create().withKnownKeys(keys).withArticleId(article.id()));
        problems.addAll(set.problems());
        return set;
    }

    /** At most {@code limit + 1} bytes, so that "too large" can be told without reading everything. */
    static byte[] read(URL url, long limit) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
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
