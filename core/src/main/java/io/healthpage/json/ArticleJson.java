package io.healthpage.json;

import io.healthpage.internal.AtomicFiles;

import io.healthpage.model.Article;
import io.healthpage.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes articles in the JSON format of {@code docs/article-format.md} (format 1).
 *
 * <p>Reading is strict and reports everything it can in one {@link ArticleFormatException}:
 * malformed JSON, duplicate fields, unknown fields (with the nearest known name), wrong types,
 * bad values, exceeded limits and the rules of {@link ArticleValidator}, each with
 * {@code file:line:column} and JSON Pointer. Writing is pretty-printed with a stable field
 * order; for every article the validator accepts, {@code read(write(a))} equals {@code a} and
 * {@code write(read(write(a)))} equals {@code write(a)}. Writing does not validate.
 *
 * <pre>{@code
 * ArticleJson json = ArticleJson.reader();
 * Article a = json.read(Path.of("article.json"));
 * json.write(a, Path.of("copy.json"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance.
 */
public final class ArticleJson {
    /** Default limit on the size of a document: 5 MB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
    /** Default limit on the nesting of arrays and objects. */
    public static final int DEFAULT_MAX_DEPTH = 64;
    /** Default limit on the number of blocks, nested ones included. */
    public static final int DEFAULT_MAX_BLOCKS = 10_000;
    /** Default limit on the length of one message text, in UTF-16 characters. */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 20_000;
    /** Default cap on the number of problems reported for one document. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    private static final ArticleJson DEFAULT = builder().build();
    private static final ArticleValidator VALIDATOR = new ArticleValidator();

    private final long maxDocumentBytes;
    private final int maxDepth;
    private final int maxBlocks;
    private final int maxMessageLength;
    private final int maxProblems;

    private ArticleJson(Builder b) {
        maxDocumentBytes = b.maxDocumentBytes;
        maxDepth = b.maxDepth;
        maxBlocks = b.maxBlocks;
        maxMessageLength = b.maxMessageLength;
        maxProblems = b.maxProblems;
    }

    /** The reader / writer with the default limits. */
    public static ArticleJson reader() {
        return DEFAULT;
    }

    /** A builder starting from the default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** The limit on document size in bytes (UTF-8). */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The limit on nesting depth. */
    public int maxDepth() {
        return maxDepth;
    }

    /** The limit on the number of blocks. */
    public int maxBlocks() {
        return maxBlocks;
    }

    /** The limit on the length of one message text. */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    /** The cap on reported problems. */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * Reads an article file (UTF-8).
     *
     * @param file the file; its path as given is used in error messages
     * @return the article, valid according to {@link ArticleValidator}
     * @throws ArticleFormatException when the file is not a valid article, with all problems found
     * @throws IOException when the file cannot be read
     */
    public Article read(Path file) throws IOException {
        String name = file.toString();
        long size = Files.size(file);
        if (size > maxDocumentBytes) throw tooBig(name, size);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        }
        if (bytes.length > maxDocumentBytes) throw tooBig(name, bytes.length);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleFormatException(List.of(Problem.builder("json.encoding",
                    "the file is not valid UTF-8").file(name).pointer("").suggestion("save it as UTF-8").build()), false);
        }
        return parse(name, text);
    }

    /**
     * Reads an article from a string.
     *
     * @param fileName the name used in error messages ("article.json")
     * @param json the JSON text
     * @return the article, valid according to {@link ArticleValidator}
     * @throws ArticleFormatException when the text is not a valid article, with all problems found
     */
    public Article read(String fileName, String json) {
        long bytes = utf8Length(json);
        if (bytes > maxDocumentBytes) throw tooBig(fileName, bytes);
        return parse(fileName, json);
    }

    /** The article as pretty-printed JSON, ending with a newline. Does not validate. */
    public String write(Article article) {
        return new ArticleWriter().write(article);
    }

    /**
     * Writes the article to {@code file} atomically: to a temporary file in the same directory,
     * flushed to disk, then moved over {@code file}, so readers never see a half-written file.
     *
     * @throws IOException when writing or moving fails (the target is then left as it was)
     */
    public void write(Article article, Path file) throws IOException {
        AtomicFiles.write(file, write(article).getBytes(StandardCharsets.UTF_8));
    }

    /** Problems in document order (stable for problems at the same place). */
    private static ArticleFormatException failure(Problems problems) {
        List<Problem> sorted = new ArrayList<>(problems.list());
        sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new ArticleFormatException(sorted, problems.truncated());
    }

    private Article parse(String name, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        Problems problems = new Problems(maxProblems);
        JsonTree.Node root;
        try {
            root = JsonTree.parse(text, name, maxDepth, problems);
        } catch (JsonTree.Abort e) {
            throw failure(problems);
        }
        Article article = new ArticleReader(name, this, problems).read(root);
        if (problems.errorCount() > 0 || article == null) {
            throw failure(problems);
        }
        List<Problem> found = new ArrayList<>();
        for (Problem p : VALIDATOR.validate(article)) {
            JsonTree.Node at = JsonTree.resolve(root, p.pointer());
            found.add(p.toBuilder().at(name, at.line(), at.column()).build());
        }
        for (Problem p : found) problems.add(p);
        if (problems.errorCount() > 0) throw failure(problems);
        return article;
    }

    private ArticleFormatException tooBig(String name, long size) {
        return new ArticleFormatException(List.of(Problem.builder("json.limit.size",
                "the document is " + size + " bytes, more than the limit of " + maxDocumentBytes + " bytes").file(name).pointer("")
                .suggestion("split the article, or raise ArticleJson.builder().maxDocumentBytes(...)").build()), false);
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    /** Builds an {@link ArticleJson} with custom limits. Not thread-safe; the built instance is. */
    public static final class Builder {
        private long maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private int maxBlocks = DEFAULT_MAX_BLOCKS;
        private int maxMessageLength = DEFAULT_MAX_MESSAGE_LENGTH;
        private int maxProblems = DEFAULT_MAX_PROBLEMS;

        private Builder() {}

        /** The largest document accepted, in bytes of UTF-8 (default 5 MB). */
        public Builder maxDocumentBytes(long v) {
            maxDocumentBytes = positive(v, "maxDocumentBytes");
            return this;
        }

        /** The deepest nesting of arrays and objects accepted (default 64; the top-level object is depth 1). */
        public Builder maxDepth(int v) {
            maxDepth = (int) positive(v, "maxDepth");
            return this;
        }

        /** The most blocks accepted, nested ones included (default 10,000). */
        public Builder maxBlocks(int v) {
            maxBlocks = (int) positive(v, "maxBlocks");
            return this;
        }

        /** The longest message text accepted, in UTF-16 characters (default 20,000). */
        public Builder maxMessageLength(int v) {
            maxMessageLength = (int) positive(v, "maxMessageLength");
            return this;
        }

        /** How many problems one read reports at most (default 100). */
        public Builder maxProblems(int v) {
            maxProblems = (int) positive(v, "maxProblems");
            return this;
        }

        /** The configured reader / writer. */
        public ArticleJson build() {
            return new ArticleJson(this);
        }

        private static long positive(long v, String what) {
            if (v < 1) throw new IllegalArgumentException(what + " must be at least 1, not " + v);
            return v;
        }
    }
}
