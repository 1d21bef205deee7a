package io.healthpage.i18n;

import io.healthpage.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loads one bundle file — JSON ({@code .json}) or Java properties ({@code .properties}), both UTF-8,
 * formats in {@code docs/bundle-format.md} — and reports every problem with file, line:column and key.
 *
 * <p>A broken message never breaks the rest of the file: entries with ICU syntax errors, wrong types,
 * duplicate keys or unknown keys are left out and reported, the good ones are kept. Only problems that
 * make the whole file untrustworthy (invalid JSON, a byte-order mark or bytes that are not UTF-8, a
 * missing or invalid {@code locale}, {@code kind}, {@code article}, {@code sourceLocale} or
 * {@code format}, a file over the size limit) give no bundle at all.
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return new loaders. Never throws because of
 * file content; I/O failures become problems too.
 */
public final class BundleLoader {
    /** The default limit on a file's size: 5 MB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

    private final Set<String> knownKeys;
    private final String articleId;
    private final long maxFileSize;

    private BundleLoader(Set<String> knownKeys, String articleId, long maxFileSize) {
        this.knownKeys = knownKeys;
        this.articleId = articleId;
        this.maxFileSize = maxFileSize;
    }

    /** A loader that accepts any keys and any article, with the default size limit. */
    public static BundleLoader create() {
        return new BundleLoader(null, null, DEFAULT_MAX_FILE_SIZE);
    }

    /**
     * A loader that reports entries whose key is not in {@code sourceKeys} ({@code bundle.unknown-key})
     * and leaves them out. Use the keys of the source article (or of the labels, for label bundles).
     */
    public BundleLoader withKnownKeys(Set<String> sourceKeys) {
        return new BundleLoader(Set.copyOf(sourceKeys), articleId, maxFileSize);
    }

    /** A loader that rejects article bundles for another article ({@code bundle.article-mismatch}). */
    public BundleLoader withArticleId(String expectedArticleId) {
        return new BundleLoader(knownKeys, Objects.requireNonNull(expectedArticleId, "article id"), maxFileSize);
    }

    /** A loader with another file size limit, in bytes (UTF-16 chars for text given as a string). */
    public BundleLoader withMaxFileSize(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("the size limit must be positive");
        return new BundleLoader(knownKeys, articleId, bytes);
    }

    /**
     * The outcome of loading one file: the bundle (absent when the file is unusable) and every problem
     * found, in file order. Immutable and thread-safe.
     */
    public static final class LoadResult {
        private final Bundle bundle;
        private final List<Problem> problems;

        LoadResult(Bundle bundle, List<Problem> problems) {
            this.bundle = bundle;
            this.problems = List.copyOf(problems);
        }

        /** The bundle with the good entries, or empty when nothing could be loaded. */
        public Optional<Bundle> bundle() {
            return Optional.ofNullable(bundle);
        }

        /** Every problem, errors and warnings, sorted by position. */
        public List<Problem> problems() {
            return problems;
        }

        /** Whether any problem is an error. */
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        @Override
        public String toString() {
            return (bundle == null ? "no bundle" : bundle.entries().size() + " entries") + ", " + problems.size()
                    + " problems";
        }
    }

    /** Loads a file; the format follows the extension ({@code .properties}, otherwise JSON). */
    public LoadResult load(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) return fileProblem(name, "bundle.io", "not a readable file", null);
            long size = Files.size(file);
            if (size > maxFileSize) return tooLarge(name, size);
            return decodeAndLoad(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return fileProblem(name, "bundle.io", "cannot be read: " + e, "Check that the file exists and is readable.");
        }
    }

    /**
     * Loads a file from a URL (classpath resource, entry of a jar or WAR, {@code file:}, …) with the same
     * checks as {@link #load(Path)}: size limit, UTF-8 without BOM. {@code fileName} names it in problems
     * and picks the format. A URL that cannot be opened or read is a {@code bundle.io} problem.
     */
    public LoadResult load(String fileName, URL url) {
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(url, "url");
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
            if (bytes.length > maxFileSize) return tooLarge(fileName, bytes.length);
            return decodeAndLoad(fileName, bytes);
        } catch (IOException e) {
            return fileProblem(fileName, "bundle.io", "cannot be read: " + e, "Check that the file exists and is readable.");
        }
    }

    /** Loads text from a reader (closed by the caller). {@code fileName} names it in problems and picks the format. */
    public LoadResult load(String fileName, Reader content) {
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(content, "content");
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = content.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
                if (sb.length() > maxFileSize) return tooLarge(fileName, sb.length());
            }
        } catch (IOException e) {
            return fileProblem(fileName, "bundle.io", "cannot be read: " + e, null);
        }
        return load(fileName, sb.toString());
    }

    /** Loads text that is already decoded. {@code fileName} names it in problems and picks the format. */
    public LoadResult load(String fileName, String content) {
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(content, "content");
        if (content.length() > maxFileSize) return tooLarge(fileName, content.length());
        if (content.startsWith("\uFEFF")) {
            return fileProblem(fileName, "bundle.bom", "the file starts with a byte-order mark (BOM)",
                    "Save the file as UTF-8 without BOM (\"UTF-8\", not \"UTF-8 with BOM\", in your editor).");
        }
        Draft draft = new Draft(fileName, content);
        boolean readable = fileName.toLowerCase(Locale.ROOT).endsWith(".properties")
                ? PropertiesBundleReader.read(draft)
                : JsonBundleReader.read(draft);
        Bundle bundle = readable ? BundleChecks.finish(draft, knownKeys, articleId) : null;
        List<Problem> problems = new java.util.ArrayList<>(draft.problems);
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new LoadResult(bundle, problems);
    }

    private LoadResult decodeAndLoad(String name, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return load(name, "\uFEFF"); // reported as a BOM
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            out.flip();
            TextPositions positions = new TextPositions(out);
            int at = out.length();
            return new LoadResult(null, List.of(Problem.builder("bundle.encoding", "the file is not valid UTF-8 (byte offset "
                    + in.position() + ")")
                    .at(name, positions.line(at), positions.column(at))
                    .suggestion("Save the file as UTF-8; nothing from this file was loaded.").build()));
        }
        out.flip();
        return load(name, out.toString());
    }

    private LoadResult tooLarge(String name, long size) {
        return fileProblem(name, "bundle.too-large", "the file is larger than the limit (" + size + " > "
                + maxFileSize + ")", "Split the content, or raise the limit with BundleLoader.withMaxFileSize.");
    }

    private static LoadResult fileProblem(String name, String code, String message, String hint) {
        return new LoadResult(null, List.of(Problem.builder(code, message).file(name).suggestion(hint).build()));
    }
}
