package io.healthpage.jakarta;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a static site's last build wrote, kept in the output folder as {@value StaticSite#MANIFEST}: for
 * every article folder the hash of its files and, for each page, the hash of everything the page was made
 * from (its key), its title and language for the indexes, and whether it had problems; a fingerprint of
 * each index. The next build compares with it to leave unchanged pages alone and to remove the pages of
 * articles and languages that are gone. Immutable.
 *
 * @param generator which build of healthpage wrote the site
 * @param options the options of the build that change pages (the base URL)
 * @param articles by content folder, in folder order
 * @param indexes fingerprint of each index by language tag, the root index under {@code ""}
 */
record SiteManifest(String generator, String options, Map<String, Article> articles, Map<String, String> indexes,
                    Map<String, Map<String, String>> stamps) {
    static final int FORMAT = 1;

    /**
     * One article folder.
     *
     * @param id the article's id
     * @param version the hash of its files when last read
     * @param problems how many problems its loading had (a folder with problems is read again every time)
     * @param source its source language
     * @param pages its pages, source language first
     */
    record Article(String id, String version, int problems, Locale source, List<Page> pages) {
        Article {
            pages = List.copyOf(pages);
        }

        /** Its languages, in page order. */
        List<Locale> locales() {
            List<Locale> out = new ArrayList<>();
            for (Page p : pages) out.add(p.language());
            return out;
        }
    }

    /**
     * One page as written.
     *
     * @param language its language
     * @param key the hash of its inputs
     * @param title its title, plain text
     * @param titleLanguage the language the title is really in
     * @param texts how many texts the article has
     * @param fallback how many of them are shown in another language (missing, stale or rejected translations)
     * @param problems how many problems localizing and rendering it had (a page with problems is rendered again every time)
     */
    record Page(Locale language, String key, String title, Locale titleLanguage, int texts, int fallback, int problems) {}

    SiteManifest {
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        indexes = Collections.unmodifiableMap(new LinkedHashMap<>(indexes));
        stamps = Collections.unmodifiableMap(new LinkedHashMap<>(stamps));
    }

    /** Without file stamps: every file is hashed by the next build. */
    SiteManifest(String generator, String options, Map<String, Article> articles, Map<String, String> indexes) {
        this(generator, options, articles, indexes, Map.of());
    }

    /** The file stamps of a folder ({@link ContentLoader.Scanned#stamps}), empty when none are known. */
    Map<String, String> stamps(String folder) {
        return stamps.getOrDefault(folder, Map.of());
    }

    static final SiteManifest EMPTY = new SiteManifest("", "", Map.of(), Map.of());

    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * The manifest in {@code file}: {@link #EMPTY} when there is none.
     *
     * @throws IOException when it cannot be read, or is not a manifest of this format (the message says why)
     */
    static SiteManifest read(Path file) throws IOException {
        JsonObject o;
        try (InputStream in = Files.newInputStream(file); JsonReader r = JSON.createReader(in)) {
            o = r.readObject();
        } catch (NoSuchFileException e) {
            return EMPTY;
        } catch (JsonException | IllegalStateException e) {
            throw new IOException("not a manifest: " + e.getMessage(), e);
        }
        try {
            if (o.getInt("format") != FORMAT) throw new IOException("format " + o.get("format") + ", expected " + FORMAT);
            Map<String, Article> articles = new LinkedHashMap<>();
            for (JsonValue v : o.getJsonArray("articles")) {
                JsonObject a = v.asJsonObject();
                List<Page> pages = new ArrayList<>();
                for (JsonValue pv : a.getJsonArray("pages")) {
                    JsonObject p = pv.asJsonObject();
                    pages.add(new Page(Locale.forLanguageTag(p.getString("language")), p.getString("key"), p.getString("title"),
                            Locale.forLanguageTag(p.getString("titleLanguage")), p.getInt("texts"), p.getInt("fallback"),
                            p.getInt("problems")));
                }
                articles.put(a.getString("folder"), new Article(a.getString("id"), a.getString("version"), a.getInt("problems"),
                        Locale.forLanguageTag(a.getString("source")), pages));
            }
            Map<String, String> indexes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : o.getJsonObject("indexes").entrySet()) {
                indexes.put(e.getKey(), ((JsonString) e.getValue()).getString());
            }
            // optional: a manifest without them only costs the next build the hashing of every file
            Map<String, Map<String, String>> stamps = new LinkedHashMap<>();
            JsonObject st = o.getJsonObject("stamps");
            if (st != null) {
                for (Map.Entry<String, JsonValue> e : st.entrySet()) {
                    Map<String, String> files = new TreeMap<>();
                    for (Map.Entry<String, JsonValue> f : e.getValue().asJsonObject().entrySet()) {
                        files.put(f.getKey(), ((JsonString) f.getValue()).getString());
                    }
                    stamps.put(e.getKey(), Collections.unmodifiableMap(files));
                }
            }
            return new SiteManifest(o.getString("generator"), o.getString("options"), articles, indexes, stamps);
        } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
            throw new IOException("not a manifest of format " + FORMAT + ": " + e, e);
        }
    }

    /** The manifest as JSON, the same bytes for the same manifest. */
    String toJson() {
        JsonArrayBuilder arts = JSON.createArrayBuilder();
        for (Map.Entry<String, Article> e : articles.entrySet()) {
            Article a = e.getValue();
            JsonArrayBuilder pages = JSON.createArrayBuilder();
            for (Page p : a.pages()) {
                pages.add(JSON.createObjectBuilder().add("language", p.language().toLanguageTag()).add("key", p.key())
                        .add("title", p.title()).add("titleLanguage", p.titleLanguage().toLanguageTag())
                        .add("texts", p.texts()).add("fallback", p.fallback()).add("problems", p.problems()));
            }
            arts.add(JSON.createObjectBuilder().add("folder", e.getKey()).add("id", a.id()).add("version", a.version())
                    .add("problems", a.problems()).add("source", a.source().toLanguageTag()).add("pages", pages));
        }
        JsonObjectBuilder idx = JSON.createObjectBuilder();
        indexes.forEach(idx::add);
        JsonObjectBuilder st = JSON.createObjectBuilder();
        stamps.forEach((folder, files) -> {
            JsonObjectBuilder f = JSON.createObjectBuilder();
            files.forEach(f::add);
            st.add(folder, f);
        });
        JsonObject o = JSON.createObjectBuilder().add("format", FORMAT).add("generator", generator).add("options", options)
                .add("articles", arts).add("indexes", idx).add("stamps", st).build();
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(w)) {
            g.write(o);
        }
        return w.toString().strip() + "\n";
    }
}
