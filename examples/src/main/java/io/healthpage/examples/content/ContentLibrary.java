package io.healthpage.examples.content;

import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.json.ArticleFormatException;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A folder of articles laid out as {@code <article-id>/article.json} and
 * {@code <article-id>/i18n/<locale>.json}, loaded once. Immutable and thread-safe after loading.
 *
 * <p>{@link #builtIn()} is the example content packaged in this jar, so a newcomer sees the real
 * thing without files of their own. An article that fails to load is kept out and its problems are
 * reported by {@link #problems()}; the others load.
 */
public final class ContentLibrary {
    /** Where the example content lives inside the jar. */
    static final String RESOURCE_ROOT = "healthpage-content";

    private final Map<String, Entry> articles;
    private final List<String> problems;

    /**
     * One article and its translations.
     *
     * @param article the source article
     * @param bundles its translation bundles
     * @param folder where it was loaded from
     */
    public record Entry(Article article, BundleSet bundles, Path folder) {
        /** The source locale and every locale with a bundle, source first, then by tag. */
        public List<Locale> locales() {
            List<Locale> out = new ArrayList<>();
            out.add(article.sourceLocale());
            TreeSet<String> tags = new TreeSet<>();
            for (Locale l : bundles.locales()) tags.add(l.toLanguageTag());
            tags.remove(article.sourceLocale().toLanguageTag());
            for (String t : tags) out.add(Locale.forLanguageTag(t));
            return out;
        }
    }

    private ContentLibrary(Map<String, Entry> articles, List<String> problems) {
        this.articles = articles;
        this.problems = problems;
    }

    /** Loads every article folder under {@code dir}. */
    public static ContentLibrary open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a folder (expected <article-id>/article.json inside)");
        Map<String, Entry> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("article.json"))).sorted().toList();
        }
        for (Path folder : folders) {
            try {
                Entry e = load(folder.resolve("article.json"), folder.resolve("i18n"), problems);
                out.put(e.article().id(), e);
            } catch (ArticleFormatException e) {
                e.problems().forEach(p -> problems.add(p.toShortString()));
            }
        }
        return new ContentLibrary(Collections.unmodifiableMap(out), List.copyOf(problems));
    }

    /**
     * Loads one article file and the bundles in {@code bundleDir} (which may not exist).
     *
     * @throws ArticleFormatException if the article has errors (with every problem located)
     */
    public static ContentLibrary single(Path articleFile, Path bundleDir) throws IOException {
        List<String> problems = new ArrayList<>();
        Entry e = load(articleFile, bundleDir, problems);
        Map<String, Entry> m = new LinkedHashMap<>();
        m.put(e.article().id(), e);
        return new ContentLibrary(Collections.unmodifiableMap(m), List.copyOf(problems));
    }

    /** The example content packaged with this module. */
    public static ContentLibrary builtIn() {
        URL url = ContentLibrary.class.getClassLoader().getResource(RESOURCE_ROOT);
        if (url == null) throw new IllegalStateException("the built-in content (" + RESOURCE_ROOT + ") is missing from the classpath");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return open(fs.getPath(RESOURCE_ROOT));
            }
            return open(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry load(Path articleFile, Path bundleDir, List<String> problems) throws IOException {
        Article a = ArticleJson.reader().read(articleFile);
        Set<String> keys = new HashSet<>();
        for (Message m : a.messages()) keys.add(m.key());
        BundleSet bundles = BundleSet.empty();
        if (Files.isDirectory(bundleDir)) {
            bundles = BundleSet.loadDirectory(bundleDir, BundleLoader.create().withKnownKeys(keys).withArticleId(a.id()));
            for (Problem p : bundles.problems()) problems.add(p.toString());
        }
        return new Entry(a, bundles, articleFile.getParent());
    }

    /** The article ids, in folder order. */
    public Set<String> ids() {
        return articles.keySet();
    }

    /** The article with this id. */
    public Optional<Entry> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** Every entry, in folder order. */
    public List<Entry> entries() {
        return List.copyOf(articles.values());
    }

    /** Problems met while loading (articles left out, bundle entries dropped), as "file:line:col ..." lines. */
    public List<String> problems() {
        return problems;
    }
}
