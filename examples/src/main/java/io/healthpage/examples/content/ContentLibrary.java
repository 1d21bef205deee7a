package io.healthpage.examples.content;

import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleSet;
import io.healthpage.jakarta.ContentSource;
import io.healthpage.jakarta.HealthContent;
import io.healthpage.json.ArticleFormatException;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
     * @param location where it was loaded from
     */
    public record Entry(Article article, BundleSet bundles, String location) {
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

    /** Loads every article folder under {@code dir} (with {@link HealthContent}'s loading and checks). */
    public static ContentLibrary open(Path dir) throws IOException {
        return of(content(Objects.requireNonNull(dir, "dir")));
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
        return of(builtInContent());
    }

    /**
     * The content of folder {@code dir} ready to serve, or the built-in content when {@code dir} is null.
     *
     * @throws IOException if {@code dir} is not a folder
     */
    public static HealthContent content(Path dir) throws IOException {
        if (dir == null) return builtInContent();
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a folder (expected <article-id>/article.json inside)");
        return HealthContent.load(ContentSource.directory(dir));
    }

    /** The example content packaged with this module, ready to serve. */
    public static HealthContent builtInContent() {
        ClassLoader loader = ContentLibrary.class.getClassLoader();
        // listed by the index the build writes (no scan of the jar); without one (a build that skipped it), by the jar
        Optional<ContentSource> indexed = IndexedSource.of(loader, RESOURCE_ROOT);
        if (indexed.isEmpty() && loader.getResource(RESOURCE_ROOT) == null) {
            throw new IllegalStateException("the built-in content (" + RESOURCE_ROOT + ") is missing from the classpath");
        }
        return HealthContent.load(indexed.orElseGet(() -> ContentSource.classpath(loader, RESOURCE_ROOT)));
    }

    private static ContentLibrary of(HealthContent content) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (HealthContent.Entry e : content.entries()) out.put(e.id(), new Entry(e.article(), e.bundles(), e.location()));
        return new ContentLibrary(Collections.unmodifiableMap(out), content.problems().stream().map(Object::toString).toList());
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
        return new Entry(a, bundles, articleFile.toString());
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
