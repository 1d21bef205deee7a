package io.healthpage.problem;

import io.healthpage.internal.Suggestions;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which checker rules run and how severe their findings are: a rule can be switched off or given another
 * severity. Both checkers take one ({@code ArticleChecker.Builder.rules},
 * {@code BundleChecker.Builder.rules}); the command line reads one with {@code --rules FILE}. The file is
 * JSON:
 * <pre>{@code
 * {
 *   "rules": {
 *     "text.length": "off",
 *     "text.identical": "error",
 *     "language.passive-voice": "info"
 *   }
 * }
 * }</pre>
 * Values are {@code "error"}, {@code "warning"}, {@code "info"} or {@code "off"}; rules not named keep
 * their default severity. A bad file is reported with every problem located
 * ({@code rules.json:3:5 /rules/text.lenght: …}); a rule id the checker does not know is reported by the
 * checker when it is built, with the nearest known id.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleConfig {
    private static final List<String> VALUES = List.of("error", "warning", "info", "off");
    private static final RuleConfig NONE = new RuleConfig(Map.of());

    /** What one rule is set to: a severity, or {@code null} for off; and where it was set. */
    private record Setting(Severity severity, Location where) {}

    private final Map<String, Setting> rules;

    private RuleConfig(Map<String, Setting> rules) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** No settings: every rule on, with its default severity. */
    public static RuleConfig defaults() {
        return NONE;
    }

    /**
     * Reads a configuration file (UTF-8 JSON).
     *
     * @throws IOException when the file cannot be read
     * @throws ProblemException when it is not a valid configuration, with every problem located
     */
    public static RuleConfig read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses a configuration.
     *
     * @param fileName the name problems are reported under
     * @param json the JSON text
     * @throws ProblemException when it is not a valid configuration, with every problem located
     */
    public static RuleConfig parse(String fileName, String json) {
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(json, "json");
        ConfigReader r = new ConfigReader(fileName, json);
        r.read();
        if (!r.problems.isEmpty()) throw new ProblemException(r.problems);
        return new RuleConfig(r.rules);
    }

    /** A builder, for a configuration made in code. */
    public static Builder builder() {
        return new Builder();
    }

    /** The ids of the rules this configuration names, in the order given. */
    public Set<String> ruleIds() {
        return rules.keySet();
    }

    /**
     * The severity of a rule under this configuration: empty when it is off, the configured severity when
     * one is set, else {@code defaultSeverity}.
     */
    public Optional<Severity> severity(String ruleId, Severity defaultSeverity) {
        Objects.requireNonNull(defaultSeverity, "default severity");
        Setting s = rules.get(Objects.requireNonNull(ruleId, "rule id"));
        if (s == null) return Optional.of(defaultSeverity);
        return Optional.ofNullable(s.severity());
    }

    /**
     * Checks that every rule named here is one of {@code known}.
     *
     * @param known the ids of the rules of a checker
     * @param listedIn where the rules are listed, for the hint when no known id is close (e.g. "docs/checker.md")
     * @throws ProblemException naming each unknown rule where it was set, with the nearest known id
     */
    public void requireKnown(Collection<String> known, String listedIn) {
        List<Problem> problems = new ArrayList<>();
        rules.forEach((id, s) -> {
            if (known.contains(id)) return;
            String near = Suggestions.nearest(id, known);
            problems.add(Problem.builder("rules.unknown-rule", "unknown rule \"" + id + "\"").at(s.where())
                    .suggestion(near != null ? "did you mean \"" + near + "\"?" : "the rules are listed in " + listedIn)
                    .build());
        });
        if (!problems.isEmpty()) throw new ProblemException(problems);
    }

    /** {@code {text.length=off, text.identical=error}}. */
    @Override
    public String toString() {
        Map<String, String> m = new LinkedHashMap<>();
        rules.forEach((id, s) -> m.put(id, s.severity() == null ? "off" : s.severity().name().toLowerCase(Locale.ROOT)));
        return m.toString();
    }

    /** Builds a {@link RuleConfig} in code. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Setting> rules = new LinkedHashMap<>();

        private Builder() {}

        /** Switches a rule off. */
        public Builder off(String ruleId) {
            rules.put(checkId(ruleId), new Setting(null, Location.UNKNOWN));
            return this;
        }

        /** Gives a rule another severity. */
        public Builder severity(String ruleId, Severity severity) {
            rules.put(checkId(ruleId), new Setting(Objects.requireNonNull(severity, "severity"), Location.UNKNOWN));
            return this;
        }

        /** The configuration. */
        public RuleConfig build() {
            return new RuleConfig(rules);
        }

        private static String checkId(String id) {
            Objects.requireNonNull(id, "rule id");
            if (id.isBlank()) throw new IllegalArgumentException("a rule id must not be blank");
            return id;
        }
    }

    /** Reads {@code {"rules": {"id": "error"|"warning"|"info"|"off", …}}}, collecting located problems. */
    private static final class ConfigReader {
        final String file;
        final String text;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Setting> rules = new LinkedHashMap<>();
        private long lastEnd;
        private int scanned;
        private int line = 1;
        private int lineStart;

        ConfigReader(String file, String text) {
            this.file = file;
            this.text = text;
        }

        void read() {
            if (text.isBlank()) {
                problem("rules.json-syntax", Location.of(file, 1, 1), "the file is empty", "write {\"rules\": {…}}");
                return;
            }
            try (JsonParser p = Json.createParser(new StringReader(text))) {
                Location top = here("");
                if (next(p) != JsonParser.Event.START_OBJECT) {
                    problem("rules.wrong-type", top, "expected an object such as {\"rules\": {\"text.length\": \"off\"}}", null);
                    return;
                }
                while (true) {
                    Location at = here(null);
                    if (next(p) != JsonParser.Event.KEY_NAME) break; // the parser fails on anything but the end
                    String name = p.getString();
                    at = at.withPointer("/" + escape(name));
                    JsonParser.Event v = next(p);
                    if (!name.equals("rules")) {
                        problem("rules.unknown-field", at, "unknown field \"" + name + "\"", Suggestions.hint(name, List.of("rules")));
                        skip(p, v);
                    } else if (v != JsonParser.Event.START_OBJECT) {
                        problem("rules.wrong-type", at, "\"rules\" must be an object of rule ids and severities", null);
                        skip(p, v);
                    } else {
                        settings(p);
                    }
                }
                if (p.hasNext()) {
                    Location after = here(null);
                    problem("rules.json-syntax", after, "unexpected content after the configuration object", null);
                }
            } catch (JsonParsingException ex) {
                JsonLocation l = ex.getLocation();
                int line = l == null ? 0 : (int) Math.max(0, l.getLineNumber());
                int col = line == 0 ? 0 : (int) Math.max(0, l.getColumnNumber());
                problem("rules.json-syntax", Location.of(file, line, col), "malformed JSON: " + clean(ex.getMessage()), null);
            } catch (JsonException ex) {
                problem("rules.json-syntax", Location.file(file), "malformed JSON: " + clean(ex.getMessage()), null);
            }
        }

        private void settings(JsonParser p) {
            while (true) {
                Location at = here(null);
                if (next(p) != JsonParser.Event.KEY_NAME) break;
                String id = p.getString();
                at = at.withPointer("/rules/" + escape(id));
                Location valueAt = here(at.pointer());
                JsonParser.Event v = next(p);
                if (v != JsonParser.Event.VALUE_STRING) {
                    problem("rules.wrong-type", valueAt, "the setting of rule \"" + id + "\" must be a string",
                            "one of: " + String.join(", ", VALUES));
                    skip(p, v);
                    continue;
                }
                String value = p.getString();
                Setting first = rules.get(id);
                if (first != null) {
                    problem("rules.duplicate", at, "rule \"" + id + "\" is set twice (first at line " + first.where().line()
                            + ", column " + first.where().column() + ")", "remove one of them");
                } else if (!VALUES.contains(value)) {
                    problem("rules.bad-severity", valueAt, "rule \"" + id + "\": unknown setting \"" + value + "\"",
                            Suggestions.hint(value, VALUES));
                } else {
                    Severity s = value.equals("off") ? null : Severity.valueOf(value.toUpperCase(Locale.ROOT));
                    rules.put(id, new Setting(s, at));
                }
            }
        }

        private JsonParser.Event next(JsonParser p) {
            JsonParser.Event e = p.next();
            lastEnd = p.getLocation().getStreamOffset();
            return e;
        }

        private void skip(JsonParser p, JsonParser.Event v) {
            if (v == JsonParser.Event.START_OBJECT) p.skipObject();
            else if (v == JsonParser.Event.START_ARRAY) p.skipArray();
            lastEnd = p.getLocation().getStreamOffset();
        }

        /** Where the token after the last one read starts (white space, ':' and ',' skipped). */
        private Location here(String pointer) {
            int i = (int) Math.min(Math.max(lastEnd, scanned), text.length());
            while (i < text.length() && " \t\r\n,:".indexOf(text.charAt(i)) >= 0) i++;
            for (; scanned < i; scanned++) { // offsets only grow: count lines once
                char c = text.charAt(scanned);
                if (c == '\n' || c == '\r' && (scanned + 1 >= text.length() || text.charAt(scanned + 1) != '\n')) {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            return new Location(file, line, i - lineStart + 1, pointer);
        }

        private void problem(String rule, Location at, String message, String hint) {
            problems.add(Problem.builder(rule, message).at(at).suggestion(hint).build());
        }

        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }

        private static String clean(String m) {
            if (m == null) return "unreadable input";
            return m.replaceAll("\\s*\\(line no=\\d+, column no=\\d+, offset=-?\\d+\\)", "").trim();
        }
    }
}
