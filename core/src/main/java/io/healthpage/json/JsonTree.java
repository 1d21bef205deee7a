package io.healthpage.json;

import io.healthpage.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree that remembers where each value starts (line, column, JSON Pointer) and
 * that reports duplicate object keys, which JSON-P would silently resolve. Built with the
 * streaming {@link JsonParser}.
 */
final class JsonTree {

    /** A JSON value and where it starts. */
    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        String pointer();

        int line();

        int column();
    }

    /** An object; {@code keys} holds the position of each member's name. */
    record Obj(String pointer, int line, int column, Map<String, Node> fields, Map<String, int[]> keys) implements Node {}

    /** An array. */
    record Arr(String pointer, int line, int column, List<Node> items) implements Node {}

    /** A string. */
    record Str(String pointer, int line, int column, String value) implements Node {}

    /** A number, exactly as written. */
    record Num(String pointer, int line, int column, BigDecimal value) implements Node {}

    /** {@code true} or {@code false}. */
    record Bool(String pointer, int line, int column, boolean value) implements Node {}

    /** {@code null}. */
    record Null(String pointer, int line, int column) implements Node {}

    /** Thrown to stop reading after a fatal problem (syntax error, nesting too deep); the problem is already recorded. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final String file;
    private final int maxDepth;
    private final Problems problems;
    private final int[] lineStarts;
    private long lastEnd;

    private JsonTree(String text, String file, int maxDepth, Problems problems) {
        this.text = text;
        this.file = file;
        this.maxDepth = maxDepth;
        this.problems = problems;
        this.lineStarts = lineStarts(text);
    }

    /**
     * Parses {@code text}; on a syntax error or a nesting limit records the problem and throws {@link Abort}.
     */
    static Node parse(String text, String file, int maxDepth, Problems problems) {
        return new JsonTree(text, file, maxDepth, problems).parse();
    }

    private Node parse() {
        try (JsonParser p = Json.createParser(new StringReader(text))) {
            if (!p.hasNext()) {
                fatal("json.syntax", 1, 1, "the document is empty; expected a JSON object");
            }
            Node root = value(p, p.next(), "", 1);
            if (p.hasNext()) {
                p.next();
                int[] lc = position(start());
                fatal("json.syntax", lc[0], lc[1], "unexpected content after the end of the top-level value");
            }
            return root;
        } catch (JsonParsingException e) {
            JsonLocation l = e.getLocation();
            int line = l == null ? 0 : (int) Math.max(0, l.getLineNumber());
            int col = l == null ? 0 : (int) Math.max(0, l.getColumnNumber());
            throw fatal("json.syntax", line, col, "malformed JSON: " + cleanMessage(e.getMessage()));
        } catch (JsonException e) {
            throw fatal("json.syntax", 0, 0, "malformed JSON: " + cleanMessage(e.getMessage()));
        }
    }

    private Abort fatal(String code, int line, int col, String message) {
        problems.add(Problem.builder(code, message).at(file, line, col).build());
        throw new Abort();
    }

    private static String cleanMessage(String m) {
        if (m == null) return "unreadable input";
        // Parsson appends "(line no=.., column no=.., offset=..)"; we report the position ourselves
        return m.replaceAll("\\s*\\(line no=\\d+, column no=\\d+, offset=-?\\d+\\)", "").trim();
    }

    private Node value(JsonParser p, JsonParser.Event e, String pointer, int depth) {
        int[] lc = position(start());
        int line = lc[0];
        int col = lc[1];
        switch (e) {
            case START_OBJECT: {
                checkDepth(depth, line, col, pointer);
                mark(p);
                Map<String, Node> fields = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (true) {
                    JsonParser.Event k = p.next();
                    if (k == JsonParser.Event.END_OBJECT) {
                        mark(p);
                        break;
                    }
                    String name = p.getString();
                    int[] klc = position(start());
                    mark(p);
                    String childPointer = pointer + "/" + escape(name);
                    Node child = value(p, p.next(), childPointer, depth + 1);
                    if (fields.containsKey(name)) {
                        int[] first = keys.get(name);
                        problems.add(Problem.builder("json.duplicate-key",
                                "duplicate field \"" + name + "\" (first at line " + first[0] + ", column " + first[1] + ")")
                                .at(file, klc[0], klc[1]).pointer(childPointer)
                                .suggestion("JSON readers would silently keep only one of them: remove or rename one").build());
                    } else {
                        fields.put(name, child);
                        keys.put(name, klc);
                    }
                }
                return new Obj(pointer, line, col, Collections.unmodifiableMap(fields), Collections.unmodifiableMap(keys));
            }
            case START_ARRAY: {
                checkDepth(depth, line, col, pointer);
                mark(p);
                List<Node> items = new ArrayList<>();
                while (true) {
                    JsonParser.Event v = p.next();
                    if (v == JsonParser.Event.END_ARRAY) {
                        mark(p);
                        break;
                    }
                    items.add(value(p, v, pointer + "/" + items.size(), depth + 1));
                }
                return new Arr(pointer, line, col, Collections.unmodifiableList(items));
            }
            case VALUE_STRING: {
                String s = p.getString();
                mark(p);
                return new Str(pointer, line, col, s);
            }
            case VALUE_NUMBER: {
                BigDecimal d;
                try {
                    d = p.getBigDecimal();
                } catch (UnsupportedOperationException | NumberFormatException | ArithmeticException ex) {
                    // Parsson refuses number tokens longer than 1100 characters
                    problems.add(Problem.builder("json.number", "number too long to read: " + ex.getMessage())
                            .at(file, line, col).pointer(pointer).suggestion("write it with fewer digits").build());
                    d = BigDecimal.ZERO;
                }
                mark(p);
                return new Num(pointer, line, col, d);
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                mark(p);
                return new Bool(pointer, line, col, e == JsonParser.Event.VALUE_TRUE);
            case VALUE_NULL:
                mark(p);
                return new Null(pointer, line, col);
            default:
                throw fatal("json.syntax", line, col, "unexpected " + e);
        }
    }

    private void checkDepth(int depth, int line, int col, String pointer) {
        if (depth > maxDepth) {
            problems.add(Problem.builder("json.limit.depth", "nesting is deeper than the limit of " + maxDepth + " levels")
                    .at(file, line, col).pointer(pointer)
                    .suggestion("flatten the document, or raise ArticleJson.builder().maxDepth(...)").build());
            throw new Abort();
        }
    }

    /** Remembers where the token the parser just read ends. */
    private void mark(JsonParser p) {
        lastEnd = p.getLocation().getStreamOffset();
    }

    /** The offset where the token after the last marked one starts: skips white space, ':' and ','. */
    private int start() {
        int i = (int) Math.min(Math.max(lastEnd, 0), text.length());
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':') i++;
            else break;
        }
        return i;
    }

    /** 1-based line and column of a character offset. */
    private int[] position(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') starts.add(i + 1);
            else if (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) starts.add(i + 1);
        }
        int[] a = new int[starts.size()];
        for (int i = 0; i < a.length; i++) a[i] = starts.get(i);
        return a;
    }

    /** Escapes one JSON Pointer reference token (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The node at {@code pointer}, or the deepest existing node on its path. */
    static Node resolve(Node root, String pointer) {
        if (pointer == null || pointer.isEmpty()) return root;
        Node cur = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            Node next = null;
            if (cur instanceof Obj o) {
                next = o.fields().get(token);
            } else if (cur instanceof Arr a) {
                try {
                    int i = Integer.parseInt(token);
                    if (i >= 0 && i < a.items().size()) next = a.items().get(i);
                } catch (NumberFormatException e) {
                    next = null;
                }
            }
            if (next == null) return cur;
            cur = next;
        }
        return cur;
    }

    /** "an object", "a string", ... for error messages. */
    static String describe(Node n) {
        if (n instanceof Obj) return "an object";
        if (n instanceof Arr) return "an array";
        if (n instanceof Str) return "a string";
        if (n instanceof Num) return "a number";
        if (n instanceof Bool b) return b.value() ? "true" : "false";
        return "null";
    }
}
