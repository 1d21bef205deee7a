package io.healthpage.jakarta;

import io.healthpage.i18n.FallbackChain;
import io.healthpage.i18n.Languages;
import io.healthpage.i18n.Localization;
import io.healthpage.i18n.Localizer;
import io.healthpage.internal.AtomicFiles;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import io.healthpage.render.Alternate;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.OutputMode;
import io.healthpage.render.RenderResult;
import io.healthpage.safety.UrlPolicy;
import io.healthpage.text.Labels;
import io.healthpage.text.MessageFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a content folder as a static web site, in every language each article has, and keeps it up to
 * date incrementally. The same loading and checks as {@link HealthContent} (located problems, the dose
 * check: a translation whose dose, number or link differs from the source is never shown).
 *
 * <pre>{@code
 * StaticSite.Result r = StaticSite.builder(ContentSource.directory(Path.of("content")))
 *         .baseUrl("https://example.org/health/")
 *         .build()
 *         .write(Path.of("public"));
 * r.problems().forEach(System.err::println);
 * }</pre>
 *
 * <p><b>What is written</b> under the output folder:
 * <ul>
 *   <li>{@code <tag>/<article-id>.html} — one complete page per article and language (its source and
 *       each bundle), with the language switcher, the embedded stylesheet and the schema.org JSON-LD in a
 *       {@code <script type="application/ld+json">}; its canonical URL is its own address under the base
 *       URL;</li>
 *   <li>{@code <tag>/index.html} — the articles that have a page in that language, by their title in it,
 *       sorted with that language's collation; {@code index.html} — every language by its own name (the
 *       {@code x-default});</li>
 *   <li>{@value #SITEMAP} — every page with an {@code xhtml:link rel="alternate" hreflang} for each of its
 *       language versions and {@code x-default} (the source-language page; the root for the indexes);</li>
 *   <li>{@value #MANIFEST} — what this build was made from, for the next one.</li>
 * </ul>
 * Links between the pages are relative, so the folder works from {@code file:} or any server; canonical
 * URLs and the sitemap are absolute, under {@link Builder#baseUrl}.
 *
 * <p><b>Incremental.</b> A page whose inputs did not change — the article, the bundles of its language
 * and its fallbacks, the page labels, its list of languages, the version of healthpage and the base URL
 * — is not rendered or written again (its file keeps its modification time); an article folder whose
 * files did not change is not even parsed. The pages of an article or a language that is gone are
 * removed (only files this class wrote, as listed in the manifest). The indexes, the sitemap and the
 * manifest are written only when their bytes change. Pages that had problems are rendered again every
 * time, so their problems are reported every time.
 *
 * <p><b>Output.</b> Byte for byte the same whatever the number of threads. Every file is written
 * atomically: a reader sees the old file or the new one. A page that fails is reported with its
 * article's location and left as it was; an article that cannot be loaded keeps the pages of its last
 * good build; the rest of the site is built.
 *
 * <p>Immutable and thread-safe; {@link #write} may be called again (not concurrently on one folder).
 */
public final class StaticSite {
    /** The manifest in the output folder. */
    public static final String MANIFEST = ".healthpage-site.json";
    /** The sitemap in the output folder. */
    public static final String SITEMAP = "sitemap.xml";
    /** The base URL when none is given: a local preview, e.g. with {@code python3 -m http.server 8000}. */
    public static final String DEFAULT_BASE_URL = "http://localhost:8000/";
    /** The file name of each language's index ({@code <tag>/index.html}), so no article may have the id {@code index}. */
    static final String INDEX = "index.html";

    private final ContentSource source;
    private final String baseUrl;
    private final int threads;
    private final Progress progress;

    /**
     * Told how far the pages are. Called from the worker threads, so it must be thread-safe; keep it quick.
     */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done pages done (unchanged pages count as done from the start)
         * @param total pages of the site: the pages of the folders not read yet are guessed (one per bundle file
         *              and the source), so it may change while the build goes on; exact from the last folder read
         */
        void update(int done, int total);
    }

    /**
     * One page of the site. Immutable.
     *
     * @param articleId the article
     * @param language its language
     * @param path where it is, relative to the output folder with {@code /}: {@code es/ketamine-pain-relief.html}
     * @param written whether this build wrote it (false: it was up to date)
     * @param texts how many texts the article has
     * @param fallbackTexts how many of them the page shows in another language (missing, stale or rejected
     *                      translations; each is marked with its {@code lang})
     */
    public record Page(String articleId, Locale language, String path, boolean written, int texts, int fallbackTexts) {}

    /**
     * What a build did. Immutable.
     *
     * @param articles the articles of the site
     * @param languages the languages of the site, by tag
     * @param pages every article page of the site, by article folder then language (source first)
     * @param pagesRemoved pages of articles or languages that are gone, removed
     * @param otherFilesWritten indexes, sitemap and manifest written (those whose bytes changed)
     * @param problems what went wrong, located, in a stable order; errors mean some page is missing or old
     * @param elapsed how long it took
     */
    public record Result(int articles, List<Locale> languages, List<Page> pages, int pagesRemoved, int otherFilesWritten,
                         List<Problem> problems, Duration elapsed) {
        /** Copies. */
        public Result {
            languages = List.copyOf(languages);
            pages = List.copyOf(pages);
            problems = List.copyOf(problems);
        }

        /** Pages written by this build. */
        public int pagesWritten() {
            return (int) pages.stream().filter(Page::written).count();
        }

        /** Pages that were up to date. */
        public int pagesUnchanged() {
            return pages.size() - pagesWritten();
        }

        /** Whether a problem of severity {@link Severity#ERROR} was met. */
        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    private StaticSite(Builder b) {
        source = b.source;
        baseUrl = b.baseUrl;
        threads = b.threads;
        progress = b.progress;
    }

    /** A builder for the site of the content at {@code source}. */
    public static Builder builder(ContentSource source) {
        return new Builder(Objects.requireNonNull(source, "source"));
    }

    /** The base URL, normalised, ending with {@code /}. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Builds or updates the site in {@code out} (created when missing).
     *
     * @return what was done; problems of the content are in it, never thrown
     * @throws IOException when {@code out} cannot be used (not a folder, not writable) or the manifest
     *         cannot be written; pages already written stay, whole
     */
    public Result write(Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (Files.exists(out) && !Files.isDirectory(out)) throw new NotDirectoryException(out.toString());
        Files.createDirectories(out);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "healthpage-site");
            t.setDaemon(true);
            return t;
        });
        try {
            return new Build(out, pool).run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- one build

    /** The state of one {@link #write}. */
    private final class Build {
        final long start = System.nanoTime();
        final Path out;
        final ExecutorService pool;
        /** For the indexes and the labels; each article has a formatter of its own (see {@link #plan}). */
        final MessageFormatter formatter = MessageFormatter.create();
        final HtmlRenderer renderer = HtmlRenderer.builder().mode(OutputMode.PAGE).formatter(formatter).build();
        /** Page-chrome labels only, for the indexes and the page keys. */
        final Localizer chrome = Localizer.builder().formatter(formatter).build();
        final Map<String, String> labelHashes = new ConcurrentHashMap<>();
        final Map<List<Locale>, List<Languages.SwitcherEntry>> switchers = new ConcurrentHashMap<>();
        final String generator = generator();
        final String options = "base=" + baseUrl;
        final List<Problem> problems = new ArrayList<>();
        /** Pages, indexes and the sitemap written without forcing each to disk: forced together before the manifest. */
        final Queue<Path> unforced = new ConcurrentLinkedQueue<>();
        int otherFilesWritten;

        Build(Path out, ExecutorService pool) {
            this.out = out;
            this.pool = pool;
        }

        Result run() throws IOException {
            SiteManifest old;
            boolean removals = true;
            Path manifestFile = out.resolve(MANIFEST);
            try {
                old = SiteManifest.read(manifestFile);
            } catch (IOException e) {
                old = SiteManifest.EMPTY;
                removals = false;
                problems.add(Problem.builder("site.manifest", "the manifest of the last build cannot be used (" + e.getMessage()
                                + "): every page is written again, and no page of a removed article is removed")
                        .severity(Severity.WARNING).file(manifestFile.toString())
                        .suggestion("Leave this file to healthpage. Delete it to start afresh.").build());
            }
            boolean sameBuild = generator.equals(old.generator()) && options.equals(old.options());

            // 1. find the article folders and hash their files
            List<String> folders;
            try {
                folders = source.list("").stream().filter(n -> n.endsWith("/")).sorted().toList();
            } catch (IOException | RuntimeException e) {
                problems.add(Problems.error("content.io", source.location(""), "cannot list the content folder: " + e.getMessage(),
                        "Check where the content is. Nothing was changed in the site."));
                return result(List.of(), List.of(), 0);
            }
            List<Scanned> scanned = new ArrayList<>();
            SiteManifest last = old;
            for (Optional<ContentLoader.Scanned> s : parallel(folders, f -> ContentLoader.scan(source, f, last.stamps(f)))) {
                s.ifPresent(x -> scanned.add(new Scanned(x)));
            }
            if (scanned.isEmpty()) {
                ContentLoader.empty(source, true).ifPresent(p -> problems.add(p.toBuilder()
                        .suggestion(p.suggestion() + " Nothing was changed in the site.").build()));
                return result(List.of(), List.of(), 0);
            }

            // 2. which folders must be parsed: changed files, problems last time, or a page to render
            Set<Scanned> toParse = new HashSet<>();
            int total = 0; // pages of the site: exact for the folders done, estimated for the others
            for (Scanned s : scanned) {
                s.before = old.articles().get(s.scan.folder());
                if (!sameBuild || !upToDate(s)) {
                    toParse.add(s);
                    s.estimate = s.scan.bundleFiles().size() + 1;
                } else {
                    s.estimate = s.before.pages().size();
                }
                total += s.estimate;
            }

            // 3-4. in batches of folders, in folder order: parse the changed ones, claim their ids (the first
            // folder with an id wins), plan their pages and render what changed; only one batch of parsed
            // articles is held at a time, so the memory of a build does not grow with the site
            Map<String, Scanned> byId = new LinkedHashMap<>();
            List<Problem> renderProblems = new ArrayList<>();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger all = new AtomicInteger(total);
            int batch = Math.max(8, 4 * threads);
            for (int from = 0; from < scanned.size(); from += batch) {
                List<Scanned> part = scanned.subList(from, Math.min(scanned.size(), from + batch));
                List<Scanned> parse = part.stream().filter(toParse::contains).toList();
                List<ParseOutcome> parsed = parallel(parse, this::parse);
                for (int i = 0; i < parse.size(); i++) parse.get(i).parsed = parsed.get(i);
                List<PageTask> tasks = new ArrayList<>();
                for (Scanned s : part) claimAndPlan(s, byId, tasks);
                int pages = 0;
                for (Scanned s : part) {
                    all.addAndGet(-s.estimate);
                    if (byId.get(s.id()) == s) pages += s.kept != null ? s.kept.pages().size() : s.pages.size();
                }
                all.addAndGet(pages);
                done.addAndGet(pages - tasks.size());
                if (progress != null) progress.update(done.get(), all.get());
                for (Scanned s : part) {
                    for (String tag : s.languageFolders()) Files.createDirectories(out.resolve(tag));
                }
                List<PageOutcome> rendered = parallel(tasks, t -> {
                    PageOutcome o = render(t);
                    if (progress != null) progress.update(done.incrementAndGet(), all.get());
                    return o;
                });
                for (int i = 0; i < tasks.size(); i++) {
                    tasks.get(i).outcome = rendered.get(i);
                    renderProblems.addAll(rendered.get(i).problems());
                }
            }
            problems.addAll(renderProblems);

            // 5. the new manifest, the pages of the site, what is gone
            Map<String, SiteManifest.Article> articles = new LinkedHashMap<>();
            List<Page> pages = new ArrayList<>();
            for (Scanned s : scanned) {
                if (byId.get(s.id()) != s) continue;
                SiteManifest.Article a = s.kept != null ? s.kept : s.newRecord();
                articles.put(s.scan.folder(), a);
                for (SiteManifest.Page p : a.pages()) {
                    PageTask t = s.tasks.get(p.language());
                    pages.add(new Page(a.id(), p.language(), path(p.language(), a.id()), t != null && t.outcome.written,
                            p.texts(), p.fallback()));
                }
            }
            int removed = removals ? remove(old, articles) : 0;

            // 6. indexes, sitemap, manifest
            List<Locale> languages = languages(articles);
            Map<String, String> indexes = indexes(articles, languages, old, sameBuild);
            if (writeIfChanged(out.resolve(SITEMAP), SitePages.sitemap(sitemapUrls(articles, languages)), unforced)) otherFilesWritten++;
            // what the manifest says is written must be on disk before it: one journal flush for them all
            for (Path p : unforced) AtomicFiles.force(p);
            Map<String, Map<String, String>> stamps = new LinkedHashMap<>();
            for (Scanned s : scanned) {
                if (!s.scan.stamps().isEmpty()) stamps.put(s.scan.folder(), s.scan.stamps());
            }
            SiteManifest now = new SiteManifest(generator, options, articles, indexes, stamps);
            // new stamps alone do not make a build write the manifest (a build that changed nothing touches no
            // file); they are saved with the next change
            boolean same = new SiteManifest(generator, options, articles, indexes).equals(
                    new SiteManifest(old.generator(), old.options(), old.articles(), old.indexes())) && Files.isRegularFile(manifestFile);
            if (!same && writeIfChanged(manifestFile, now.toJson())) otherFilesWritten++;
            return result(languages, pages, removed, articles.size());
        }

        private Result result(List<Locale> languages, List<Page> pages, int removed) {
            return result(languages, pages, removed, 0);
        }

        private Result result(List<Locale> languages, List<Page> pages, int removed, int articles) {
            return new Result(articles, languages, pages, removed, otherFilesWritten, problems,
                    Duration.ofNanos(System.nanoTime() - start));
        }

        /** Step 3 for one folder: an up-to-date one keeps its record, a parsed one claims its id and is planned. */
        private void claimAndPlan(Scanned s, Map<String, Scanned> byId, List<PageTask> tasks) {
            SiteManifest.Article before = s.before;
            if (s.parsed == null) { // up to date
                if (claim(byId, before.id(), s)) s.kept = before;
                return;
            }
            problems.addAll(s.parsed.problems);
            if (s.parsed.loaded == null) {
                // cannot be loaded now: keep the pages of its last good build, and read it again next time
                if (before != null && claim(byId, before.id(), s)) {
                    s.kept = new SiteManifest.Article(before.id(), before.version(), Math.max(1, s.parsed.problems.size()),
                            before.source(), before.pages());
                }
                return;
            }
            Article article = s.parsed.loaded.article();
            if (article.id().equals("index")) {
                problems.add(Problems.error("site.reserved-id", s.scan.location(), "the id \"index\" is taken by the index of"
                        + " each language (<tag>/index.html); the article was left out", "Give the article another id."));
                return;
            }
            if (!claim(byId, article.id(), s)) return;
            plan(s, tasks);
        }

        /** Whether {@code id} is still free; if not, the problem of {@code s}, a copy. */
        private boolean claim(Map<String, Scanned> byId, String id, Scanned s) {
            Scanned first = byId.get(id);
            if (first != null) {
                problems.add(Problems.error("content.duplicate-id", s.scan.location(), "another folder (" + first.scan.location()
                        + ") has an article with the id \"" + id + "\"", "Give every article its own id; this one was not loaded."));
                return false;
            }
            byId.put(id, s);
            s.claimedId = id;
            return true;
        }

        /** Whether a folder and all its pages are as the last build left them, so it need not be parsed. */
        private boolean upToDate(Scanned s) {
            SiteManifest.Article a = s.before;
            if (a == null || a.problems() > 0 || !s.scan.problems().isEmpty() || !a.version().equals(s.scan.version())) return false;
            List<Locale> locales = a.locales();
            for (SiteManifest.Page p : a.pages()) {
                if (p.problems() > 0 || !p.key().equals(pageKey(s.scan, a.source(), locales, p.language()))
                        || !Files.isRegularFile(out.resolve(path(p.language(), a.id())))) {
                    return false;
                }
            }
            return true;
        }

        private ParseOutcome parse(Scanned s) {
            List<Problem> own = new ArrayList<>();
            try {
                return new ParseOutcome(ContentLoader.parse(source, s.scan, own).orElse(null), own);
            } catch (RuntimeException e) {
                own.add(Problems.error("site.load-failed", s.scan.location(), "cannot be loaded: " + e,
                        "This is a bug in healthpage if the file is valid; the pages of the last good build were kept."));
                return new ParseOutcome(null, own);
            }
        }

        /**
         * The pages of a parsed article: those whose key changed become tasks. Each article has a formatter
         * of its own, shared by its localizer (which formats each translation to check it) and its renderer:
         * its texts are used by its pages only, and one formatter for a whole site would evict compiled
         * patterns all the time (and keep them all).
         */
        private void plan(Scanned s, List<PageTask> tasks) {
            ContentLoader.Loaded l = s.parsed.loaded;
            Article article = l.article();
            s.article = article;
            s.loadProblems = s.parsed.problems.size();
            List<Locale> locales = HealthContent.locales(article, l.bundles());
            MessageFormatter f = MessageFormatter.create();
            Localizer localizer = HealthContent.localizer(article, l.bundles(), f, true);
            HtmlRenderer pageRenderer = renderer.toBuilder().formatter(f).build();
            List<Alternate> alternates = new ArrayList<>();
            for (Languages.SwitcherEntry e : switcher(locales)) {
                alternates.add(new Alternate(e.locale(), "../" + path(e.locale(), article.id()), e.nativeName()));
            }
            Map<Locale, SiteManifest.Page> before = new HashMap<>();
            if (s.before != null && s.before.id().equals(article.id())) {
                for (SiteManifest.Page p : s.before.pages()) before.put(p.language(), p);
            }
            for (Locale locale : locales) {
                String key = pageKey(s.scan, article.sourceLocale(), locales, locale);
                SiteManifest.Page old = before.get(locale);
                s.pages.put(locale, old);
                if (old != null && old.key().equals(key) && old.problems() == 0 && Files.isRegularFile(out.resolve(path(locale, article.id())))) {
                    continue;
                }
                PageTask t = new PageTask(s, new ArticleJob(article, localizer, pageRenderer, f, List.copyOf(alternates)), locale, key, old);
                s.tasks.put(locale, t);
                tasks.add(t);
            }
            s.parsed = null; // the bundles are no longer needed: the tasks have the localizer
        }

        private PageOutcome render(PageTask t) {
            String path = path(t.locale, t.job.article().id());
            List<Problem> own = new ArrayList<>();
            ArticleJob job = t.job;
            t.job = null; // what the pages of an article share is garbage once they are done
            try {
                Localization l = job.localizer().localize(job.article(), t.locale);
                Article page = l.article().toBuilder().canonicalUrl(baseUrl + path).build();
                RenderResult r = job.renderer().render(page, l.pageContext(job.alternates()));
                own.addAll(l.report().problems());
                for (Problem p : r.problems()) {
                    own.add(Problem.builder(p.rule(), path + ": " + p.message()).severity(p.severity()).file(t.site.scan.location())
                            .key(p.key()).suggestion(p.suggestion()).text(p.text()).build());
                }
                Message title = l.article().title();
                boolean written = writeIfChanged(out.resolve(path), r.html(), unforced);
                SiteManifest.Page record = new SiteManifest.Page(t.locale, t.key, job.formatter().format(title).plainText(), title.locale(),
                        l.report().total(), l.report().fallback(), own.size());
                return new PageOutcome(record, written, own);
            } catch (UncheckedIOException e) {
                own.add(failed(t, path, e.getCause().toString(), "Check that the output folder is writable and has room."));
                return new PageOutcome(null, false, own);
            } catch (RuntimeException e) {
                own.add(failed(t, path, e.toString(), "This is a bug in healthpage: please report it with the article."));
                return new PageOutcome(null, false, own);
            }
        }

        private Problem failed(PageTask t, String path, String why, String hint) {
            return Problem.builder("site.page-failed", path + " could not be made (" + why + "); it was left as it was")
                    .file(t.site.scan.location()).suggestion(hint).build();
        }

        /** Removes the pages and indexes of the last build that this one no longer has; how many pages. */
        private int remove(SiteManifest old, Map<String, SiteManifest.Article> now) throws IOException {
            Set<String> keep = new HashSet<>();
            Set<String> languagesNow = new HashSet<>();
            for (SiteManifest.Article a : now.values()) {
                for (SiteManifest.Page p : a.pages()) {
                    keep.add(path(p.language(), a.id()));
                    languagesNow.add(p.language().toLanguageTag());
                }
            }
            int removed = 0;
            Set<String> languagesBefore = new TreeSet<>();
            for (SiteManifest.Article a : old.articles().values()) {
                for (SiteManifest.Page p : a.pages()) {
                    String path = path(p.language(), a.id());
                    languagesBefore.add(p.language().toLanguageTag());
                    if (!keep.contains(path) && Files.deleteIfExists(out.resolve(path))) removed++;
                }
            }
            for (String tag : languagesBefore) {
                if (languagesNow.contains(tag)) continue;
                Files.deleteIfExists(out.resolve(tag).resolve(INDEX));
                try {
                    Files.deleteIfExists(out.resolve(tag));
                } catch (DirectoryNotEmptyException e) {
                    // files of someone else's: the folder stays
                }
            }
            return removed;
        }

        /** Every language index and the root; their fingerprints for the manifest. */
        private Map<String, String> indexes(Map<String, SiteManifest.Article> articles, List<Locale> languages, SiteManifest old,
                                            boolean sameBuild) throws IOException {
            List<Languages.SwitcherEntry> switcher = switcher(languages);
            Locale main = mainLanguage(articles);
            Map<String, String> fingerprints = new LinkedHashMap<>();
            String rootPrint = hash("root", generator, options, main.toLanguageTag(), labelsHash(main), tags(languages));
            List<Callable<Boolean>> jobs = new ArrayList<>();
            if (!(sameBuild && rootPrint.equals(old.indexes().get("")) && Files.isRegularFile(out.resolve(INDEX)))) {
                jobs.add(() -> writeIfChanged(out.resolve(INDEX), SitePages.root(formatter, chrome.labels(main), main, switcher,
                        baseUrl + INDEX), unforced));
            }
            fingerprints.put("", rootPrint);
            for (Locale language : languages) {
                String tag = language.toLanguageTag();
                List<SitePages.Listed> listed = new ArrayList<>();
                List<String> print = new ArrayList<>(List.of("index", generator, options, tag, labelsHash(language), tags(languages)));
                TreeMap<String, SitePages.Listed> byId = new TreeMap<>();
                for (SiteManifest.Article a : articles.values()) {
                    for (SiteManifest.Page p : a.pages()) {
                        if (p.language().equals(language)) byId.put(a.id(), new SitePages.Listed(a.id(), p.title(), p.titleLanguage()));
                    }
                }
                for (SitePages.Listed x : byId.values()) {
                    listed.add(x);
                    print.add(x.id() + "\u0000" + x.title() + "\u0000" + x.titleLanguage().toLanguageTag());
                }
                String fingerprint = hash(print.toArray(new String[0]));
                fingerprints.put(tag, fingerprint);
                Path file = out.resolve(tag).resolve(INDEX);
                if (sameBuild && fingerprint.equals(old.indexes().get(tag)) && Files.isRegularFile(file)) continue;
                jobs.add(() -> writeIfChanged(Files.createDirectories(file.getParent()).resolve(INDEX), SitePages.languageIndex(formatter, chrome.labels(language), language, switcher,
                        listed, baseUrl + tag + "/" + INDEX), unforced));
            }
            for (Boolean written : parallel(jobs, Callable::call)) if (written) otherFilesWritten++;
            return fingerprints;
        }

        private List<SitePages.SitemapUrl> sitemapUrls(Map<String, SiteManifest.Article> articles, List<Locale> languages) {
            List<SitePages.SitemapUrl> urls = new ArrayList<>();
            TreeMap<String, SiteManifest.Article> byId = new TreeMap<>();
            for (SiteManifest.Article a : articles.values()) byId.put(a.id(), a);
            for (SiteManifest.Article a : byId.values()) {
                List<Map.Entry<String, String>> alternates = new ArrayList<>();
                for (SiteManifest.Page p : a.pages()) alternates.add(Map.entry(p.language().toLanguageTag(), url(path(p.language(), a.id()))));
                String xDefault = url(path(a.source(), a.id()));
                for (Map.Entry<String, String> self : alternates) urls.add(new SitePages.SitemapUrl(self.getValue(), alternates, xDefault));
            }
            List<Map.Entry<String, String>> indexes = new ArrayList<>();
            for (Locale l : languages) indexes.add(Map.entry(l.toLanguageTag(), url(l.toLanguageTag() + "/" + INDEX)));
            for (Map.Entry<String, String> self : indexes) urls.add(new SitePages.SitemapUrl(self.getValue(), indexes, url(INDEX)));
            urls.add(new SitePages.SitemapUrl(url(INDEX), indexes, url(INDEX)));
            return urls;
        }

        /** An absolute URL under the base, in ASCII as the sitemap protocol wants it. */
        private String url(String path) {
            return URI.create(baseUrl + path).toASCIIString();
        }

        /**
         * Everything a page is made from, hashed: the build of healthpage, the options, the language and the
         * page labels in it, the article file, the bundle files of the language and of its fallbacks (for the
         * article texts and for the labels), and the article's languages (the switcher).
         */
        private String pageKey(ContentLoader.Scanned s, Locale source, List<Locale> locales, Locale locale) {
            Set<String> chain = new HashSet<>();
            for (Locale l : FallbackChain.of(locale, source)) chain.add(l.toLanguageTag().toLowerCase(Locale.ROOT));
            for (Locale l : FallbackChain.of(locale, Locale.ENGLISH)) chain.add(l.toLanguageTag().toLowerCase(Locale.ROOT));
            List<String> parts = new ArrayList<>(List.of("page", generator, options, locale.toLanguageTag(), labelsHash(locale),
                    source.toLanguageTag(), tags(locales), s.hashes().get(ContentLoader.ARTICLE)));
            for (Map.Entry<String, String> f : s.hashes().entrySet()) {
                String name = f.getKey();
                if (!name.startsWith(ContentLoader.BUNDLES)) continue;
                int dot = name.lastIndexOf('.');
                String stem = name.substring(ContentLoader.BUNDLES.length(), dot < 0 ? name.length() : dot);
                if (chain.contains(stem.toLowerCase(Locale.ROOT))) parts.add(name + "\u0000" + f.getValue());
            }
            return hash(parts.toArray(new String[0]));
        }

        /** The page labels in {@code locale} (built in, falling back to English), hashed. */
        private String labelsHash(Locale locale) {
            return labelHashes.computeIfAbsent(locale.toLanguageTag(), t -> {
                Labels labels = chrome.labels(locale);
                List<String> parts = new ArrayList<>();
                for (String key : new TreeSet<>(labels.keys())) {
                    Message m = labels.get(key);
                    parts.add(key + "\u0000" + m.pattern() + "\u0000" + m.locale().toLanguageTag() + "\u0000" + m.status());
                }
                return hash(parts.toArray(new String[0]));
            });
        }

        private List<Languages.SwitcherEntry> switcher(List<Locale> locales) {
            return switchers.computeIfAbsent(List.copyOf(locales), Languages::switcherEntries);
        }

        /** Runs {@code f} over {@code items} on the pool; the results in the order of the items. */
        private <T, R> List<R> parallel(List<T> items, Job<T, R> f) throws IOException {
            if (items.isEmpty()) return List.of();
            List<Callable<R>> calls = new ArrayList<>();
            for (T item : items) calls.add(() -> f.apply(item));
            try {
                List<R> results = new ArrayList<>();
                for (Future<R> r : pool.invokeAll(calls)) results.add(r.get());
                return results;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof IOException io) throw io;
                if (c instanceof RuntimeException re) throw re;
                if (c instanceof Error err) throw err;
                throw new IllegalStateException(c);
            }
        }
    }

    @FunctionalInterface
    private interface Job<T, R> {
        R apply(T item) throws Exception;
    }

    /** One article folder in a build. */
    private static final class Scanned {
        final ContentLoader.Scanned scan;
        SiteManifest.Article before;
        ParseOutcome parsed;
        /** Up to date and not parsed, or not loadable and kept from the last build. */
        SiteManifest.Article kept;
        String claimedId;
        /** Language → the page as the last build left it (null: none), for every language of a parsed article. */
        final Map<Locale, SiteManifest.Page> pages = new LinkedHashMap<>();
        final Map<Locale, PageTask> tasks = new HashMap<>();

        /** Its pages as guessed before it is read (for the progress total). */
        int estimate;
        /** A parsed article, once planned (its bundles are then dropped), and how many problems loading it had. */
        Article article;
        int loadProblems;

        Scanned(ContentLoader.Scanned scan) {
            this.scan = scan;
        }

        String id() {
            return claimedId;
        }

        List<String> languageFolders() {
            List<String> out = new ArrayList<>();
            for (Locale l : tasks.keySet()) out.add(l.toLanguageTag());
            return out;
        }

        /** The manifest record of a parsed article: rendered pages, unchanged ones, and old ones where rendering failed. */
        SiteManifest.Article newRecord() {
            Article a = article;
            List<SiteManifest.Page> out = new ArrayList<>();
            for (Map.Entry<Locale, SiteManifest.Page> e : pages.entrySet()) {
                PageTask t = tasks.get(e.getKey());
                if (t == null) {
                    out.add(e.getValue());
                } else if (t.outcome.record != null) {
                    out.add(t.outcome.record);
                } else if (t.before != null) {
                    out.add(new SiteManifest.Page(t.before.language(), t.before.key(), t.before.title(), t.before.titleLanguage(),
                            t.before.texts(), t.before.fallback(), Math.max(1, t.before.problems())));
                }
            }
            for (PageTask t : tasks.values()) Objects.requireNonNull(t.outcome, "outcome");
            return new SiteManifest.Article(a.id(), scan.version(), loadProblems, a.sourceLocale(), out);
        }
    }

    private record ParseOutcome(ContentLoader.Loaded loaded, List<Problem> problems) {}

    private record PageOutcome(SiteManifest.Page record, boolean written, List<Problem> problems) {}

    /** What the pages of one article share: its localizer, renderer and formatter, and its language switcher. */
    private record ArticleJob(Article article, Localizer localizer, HtmlRenderer renderer, MessageFormatter formatter,
                              List<Alternate> alternates) {}

    /** A page to render. */
    private static final class PageTask {
        final Scanned site;
        /** Dropped when the page is done. */
        volatile ArticleJob job;
        final Locale locale;
        final String key;
        final SiteManifest.Page before;
        PageOutcome outcome;

        PageTask(Scanned site, ArticleJob job, Locale locale, String key, SiteManifest.Page before) {
            this.site = site;
            this.job = job;
            this.locale = locale;
            this.key = key;
            this.before = before;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** {@code <tag>/<id>.html}. */
    static String path(Locale language, String id) {
        return language.toLanguageTag() + "/" + id + ".html";
    }

    private static String tags(List<Locale> locales) {
        StringBuilder sb = new StringBuilder();
        for (Locale l : locales) sb.append(l.toLanguageTag()).append(',');
        return sb.toString();
    }

    /** The languages of the site's pages, by tag. */
    private static List<Locale> languages(Map<String, SiteManifest.Article> articles) {
        TreeMap<String, Locale> out = new TreeMap<>();
        for (SiteManifest.Article a : articles.values()) {
            for (SiteManifest.Page p : a.pages()) out.put(p.language().toLanguageTag(), p.language());
        }
        return List.copyOf(out.values());
    }

    /** The source language of most articles (the first by tag on a tie): the language of the root index. */
    private static Locale mainLanguage(Map<String, SiteManifest.Article> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Locale> byTag = new HashMap<>();
        for (SiteManifest.Article a : articles.values()) {
            counts.merge(a.source().toLanguageTag(), 1, Integer::sum);
            byTag.put(a.source().toLanguageTag(), a.source());
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        }
        return best == null ? Locale.ENGLISH : byTag.get(best);
    }

    /** Writes {@code text} atomically unless the file already has exactly these bytes; whether it wrote. */
    static boolean writeIfChanged(Path file, String text) {
        return writeIfChanged(file, text, null);
    }

    /**
     * {@link #writeIfChanged(Path, String)}; when {@code unforced} is not null the file is not forced to
     * disk but added to it, for the caller to force.
     */
    static boolean writeIfChanged(Path file, String text, Queue<Path> unforced) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            AtomicFiles.write(file, bytes, unforced == null);
            if (unforced != null) unforced.add(file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String... parts) {
        MessageDigest d = ContentLoader.sha256();
        for (String p : parts) {
            d.update(p.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(d.digest()).substring(0, 22);
    }

    /** Which build of healthpage this is: its version and build time, from {@code build.properties}. */
    static String generator() {
        return GENERATOR;
    }

    private static final String GENERATOR = readGenerator();

    private static String readGenerator() {
        Properties p = new Properties();
        try (InputStream in = StaticSite.class.getResourceAsStream("build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // an unknown build: every page is rendered again each time, which is slow but right
        }
        String version = p.getProperty("version");
        if (version == null || version.startsWith("${")) return "healthpage (unknown build " + System.nanoTime() + ")";
        return "healthpage " + version + " " + p.getProperty("build", "");
    }

    /** Options of a {@link StaticSite}. Not thread-safe; build once. */
    public static final class Builder {
        private final ContentSource source;
        private String baseUrl = DEFAULT_BASE_URL;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Progress progress;

        private Builder(ContentSource source) {
            this.source = source;
        }

        /**
         * The address the site will be published at (default {@value StaticSite#DEFAULT_BASE_URL}): canonical
         * URLs and the sitemap are made from it. An absolute http or https URL with a host, accepted by
         * {@link UrlPolicy} (no user info, no control characters), without query or fragment; a {@code /} is
         * added at the end when missing, since the pages are below it.
         *
         * @throws IllegalArgumentException if it is not such a URL (the message says why)
         */
        public Builder baseUrl(String url) {
            Objects.requireNonNull(url, "base URL");
            String checked = UrlPolicy.withBase(url).baseUrl().orElseThrow();
            URI u = URI.create(checked);
            if (u.getRawQuery() != null || u.getRawFragment() != null) {
                throw new IllegalArgumentException("base URL \"" + url + "\" must not have a query or fragment: the pages are "
                        + "below it, e.g. \"https://example.org/health/\"");
            }
            baseUrl = checked.endsWith("/") ? checked : checked + "/";
            return this;
        }

        /** How many pages are rendered at once (default: the number of processors); at least 1. */
        public Builder threads(int n) {
            if (n < 1) throw new IllegalArgumentException("threads must be at least 1, was " + n);
            threads = n;
            return this;
        }

        /** Told how far the pages are (default: nobody). */
        public Builder progress(Progress p) {
            progress = Objects.requireNonNull(p, "progress");
            return this;
        }

        /** The site writer. */
        public StaticSite build() {
            return new StaticSite(this);
        }
    }
}
