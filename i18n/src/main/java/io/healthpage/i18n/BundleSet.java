package io.healthpage.i18n;

import io.healthpage.problem.Problem;
import java.io.IOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The bundles available for rendering one article: its translations by locale and, optionally, the
 * page-chrome label bundles, plus the problems met while loading them. At most one bundle per kind and
 * locale. Immutable and thread-safe.
 */
public final class BundleSet {
    private final Map<Bundle.Kind, Map<Locale, Bundle>> bundles;
    private final List<Problem> problems;

    private BundleSet(Map<Bundle.Kind, Map<Locale, Bundle>> bundles, List<Problem> problems) {
        Map<Bundle.Kind, Map<Locale, Bundle>> copy = new EnumMap<>(Bundle.Kind.class);
        for (Bundle.Kind kind : Bundle.Kind.values()) {
            copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(bundles.getOrDefault(kind, Map.of()))));
        }
        this.bundles = Collections.unmodifiableMap(copy);
        this.problems = List.copyOf(problems);
    }

    /** An empty set. */
    public static BundleSet empty() {
        return new BundleSet(Map.of(), List.of());
    }

    /**
     * A set of bundles built in code.
     *
     * @throws IllegalArgumentException if two bundles have the same kind and locale
     */
    public static BundleSet of(Collection<Bundle> bundles) {
        Map<Bundle.Kind, Map<Locale, Bundle>> map = new EnumMap<>(Bundle.Kind.class);
        for (Bundle b : bundles) {
            Bundle previous = map.computeIfAbsent(b.kind(), k -> new LinkedHashMap<>()).putIfAbsent(b.locale(), b);
            if (previous != null) {
                throw new IllegalArgumentException("two " + b.kind().fileName() + " bundles for "
                        + b.locale().toLanguageTag() + ": " + previous.file() + " and " + b.file());
            }
        }
        return new BundleSet(map, List.of());
    }

    /**
     * Loads every {@code <locale>.json} and {@code <locale>.properties} in {@code dir} (not its
     * subdirectories), where the file name is the BCP 47 tag of the bundle's locale ({@code es.json},
     * {@code pt-BR.json}, {@code zh-Hant.properties}). Other files are ignored. Problems of every file are
     * collected; a file whose {@code locale} differs from its name, a file name that is not a language tag,
     * and two files for one locale and kind are reported and not used. A missing or unreadable
     * directory gives an empty set with one problem. Never throws because of file content.
     */
    public static BundleSet loadDirectory(Path dir, BundleLoader loader) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(loader, "loader");
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.builder("bundle.io", "not a directory").file(dir.toString())
                    .suggestion("Check the path of the bundle folder.").build());
            return new BundleSet(Map.of(), problems);
        }
        TreeMap<String, Path> files = new TreeMap<>(); // sorted: the same problems in the same order on every OS
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (isBundleFileName(name)) files.put(name, p);
            }
        } catch (IOException e) {
            problems.add(Problem.builder("bundle.io", "cannot list the directory: " + e).file(dir.toString()).build());
            return new BundleSet(Map.of(), problems);
        }
        Map<String, String> where = new TreeMap<>();
        files.forEach((name, path) -> where.put(name, path.toString()));
        return loadFiles(where, name -> loader.load(files.get(name)), problems);
    }

    /**
     * Loads the bundle files of one folder that is not on a file system — on the classpath, inside a
     * jar or WAR, behind any {@link URL} — with exactly the checks of {@link #loadDirectory}: only
     * {@code <locale>.json} and {@code <locale>.properties} are read (other names, and names starting
     * with a dot, are ignored), a name that is not a language tag, a file whose {@code locale} differs
     * from its name and two files for one locale and kind are reported and not used; the bytes must be
     * UTF-8 without BOM, within the loader's size limit. Never throws because of file content or I/O:
     * a file that cannot be read is a located problem.
     *
     * @param folder names the folder in problems, which say {@code folder + "/" + file name}, e.g.
     *               {@code classpath:healthpage/ketamine-pain-relief/i18n} or {@code /WEB-INF/healthpage/…/i18n}
     * @param files  the folder's files: file name (no path) → where to read it
     * @param loader checks each file
     * @throws IllegalArgumentException if a key of {@code files} is blank or contains a {@code /}
     */
    public static BundleSet loadUrls(String folder, Map<String, URL> files, BundleLoader loader) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(loader, "loader");
        TreeMap<String, URL> sorted = new TreeMap<>();
        Map<String, String> where = new TreeMap<>();
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        for (Map.Entry<String, URL> f : files.entrySet()) {
            String name = Objects.requireNonNull(f.getKey(), "file name");
            if (name.isBlank() || name.contains("/")) {
                throw new IllegalArgumentException("expected a file name without a path, was \"" + name + "\"");
            }
            if (!isBundleFileName(name)) continue;
            sorted.put(name, Objects.requireNonNull(f.getValue(), "URL of " + name));
            where.put(name, prefix + name);
        }
        return loadFiles(where, name -> loader.load(where.get(name), sorted.get(name)), new ArrayList<>());
    }

    private static boolean isBundleFileName(String name) {
        return !name.startsWith(".") && (name.endsWith(".json") || name.endsWith(".properties"));
    }

    /** The checks shared by every source: file name vs locale, duplicates; {@code files} maps name to location. */
    private static BundleSet loadFiles(Map<String, String> files, Function<String, BundleLoader.LoadResult> load,
                                       List<Problem> problems) {
        Map<Bundle.Kind, Map<Locale, Bundle>> map = new EnumMap<>(Bundle.Kind.class);
        Map<Bundle.Kind, Map<Locale, String>> conflicts = new EnumMap<>(Bundle.Kind.class);
        for (Map.Entry<String, String> f : files.entrySet()) {
            String name = f.getKey();
            String tag = name.substring(0, name.lastIndexOf('.'));
            String location = f.getValue();
            Optional<Locale> fileLocale = LanguageNegotiator.parseTag(tag)
                    .filter(l -> l.toLanguageTag().equalsIgnoreCase(tag));
            if (fileLocale.isEmpty()) {
                problems.add(Problem.builder("bundle.file-name", "\"" + tag
                        + "\" is not a BCP 47 language tag, so the file's locale is unknown")
                        .file(location).suggestion("Name the file after its locale, e.g. es.json, pt-BR.json, zh-Hant.json "
                                + "(hyphens, not underscores).").build());
                continue;
            }
            BundleLoader.LoadResult result = load.apply(name);
            problems.addAll(result.problems());
            if (result.bundle().isEmpty()) continue;
            Bundle b = result.bundle().get();
            if (!b.locale().equals(fileLocale.get())) {
                problems.add(Problem.builder("bundle.locale-mismatch", "the file says \"locale\": \""
                        + b.locale().toLanguageTag() + "\" but is named " + name)
                        .file(location).suggestion("Rename the file or fix \"locale\"; the file was not used.").build());
                continue;
            }
            Map<Locale, Bundle> ofKind = map.computeIfAbsent(b.kind(), k -> new LinkedHashMap<>());
            Bundle previous = ofKind.get(b.locale());
            if (previous != null || conflicts.getOrDefault(b.kind(), Map.of()).containsKey(b.locale())) {
                ofKind.remove(b.locale());
                conflicts.computeIfAbsent(b.kind(), k -> new LinkedHashMap<>()).put(b.locale(), name);
                problems.add(Problem.builder("bundle.duplicate-locale", "another file also has the " + b.kind().fileName()
                        + " bundle for " + b.locale().toLanguageTag() + (previous != null ? " (" + previous.file() + ")" : ""))
                        .file(location).suggestion("Keep one file per locale; until then neither is used.").build());
                continue;
            }
            ofKind.put(b.locale(), b);
        }
        return new BundleSet(map, problems);
    }

    /** This set and {@code other} together (e.g. an article's bundles plus the label bundles). */
    public BundleSet plus(BundleSet other) {
        List<Bundle> all = new ArrayList<>(all());
        all.addAll(other.all());
        List<Problem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new BundleSet(of(all).bundles, allProblems);
    }

    /** The locales with an article bundle (what an article can be negotiated into, besides its source). */
    public Set<Locale> locales() {
        return Collections.unmodifiableSet(bundles.get(Bundle.Kind.ARTICLE).keySet());
    }

    /** The locales with a label bundle. */
    public Set<Locale> labelLocales() {
        return Collections.unmodifiableSet(bundles.get(Bundle.Kind.LABELS).keySet());
    }

    /** The article bundle for exactly this locale (no fallback: use {@link FallbackChain} for that). */
    public Optional<Bundle> article(Locale locale) {
        return Optional.ofNullable(bundles.get(Bundle.Kind.ARTICLE).get(locale));
    }

    /** The label bundle for exactly this locale. */
    public Optional<Bundle> labels(Locale locale) {
        return Optional.ofNullable(bundles.get(Bundle.Kind.LABELS).get(locale));
    }

    /** Problems met while loading (empty for sets built with {@link #of}). */
    public List<Problem> problems() {
        return problems;
    }

    private List<Bundle> all() {
        List<Bundle> all = new ArrayList<>();
        for (Map<Locale, Bundle> m : bundles.values()) all.addAll(m.values());
        return all;
    }
}
