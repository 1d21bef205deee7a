import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleLoader;
import io.healthpage.i18n.BundleWriter;
import io.healthpage.i18n.SourceHash;
import io.healthpage.i18n.tools.PseudoLocalizer;
import io.healthpage.i18n.tools.SourceExtractor;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates a content folder for the site benchmark (examples/bench/site.sh) from the example article:
 * N articles, each in 10 languages. Article n has the id {@code <example-id>-NNNN} and every text unit of
 * the article and of each translation ends with " [n]" (so no two articles share a text, and every
 * translation is current: its source hash is the hash of the new source text), except the names of
 * glossary terms and topics, which translations must keep as written. Languages: the example's
 * source and 6 bundles, a copy of the Spanish bundle as es-MX, and the pseudo-locales en-XA and ar-XB
 * generated from each article's source. Not committed output: run it, use it, delete it.
 *
 * <pre>
 * java -cp examples/target/healthpage.jar examples/bench/GenerateSiteContent.java OUT [N] [EXAMPLE_DIR]
 * </pre>
 * Uses only the library's public API (the same reader, writer and loader as the tool).
 */
public class GenerateSiteContent {
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GenerateSiteContent OUT [N=200] [EXAMPLE_DIR=examples/content/ketamine-pain-relief]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path example = Path.of(args.length > 2 ? args[2] : "examples/content/ketamine-pain-relief");
        Article base = ArticleJson.reader().read(example.resolve("article.json"));
        Map<String, String> basePatterns = new HashMap<>();
        for (Message m : base.messages()) basePatterns.put(m.key(), m.pattern());
        List<Bundle> bundles = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(example.resolve("i18n"), "*.json")) {
            for (Path f : s) {
                BundleLoader.LoadResult r = BundleLoader.create().load(f);
                for (Problem p : r.problems()) System.err.println("warning: " + p);
                bundles.add(r.bundle().orElseThrow(() -> new IllegalStateException(f + " cannot be loaded")));
            }
        }
        bundles.sort((a, b) -> a.locale().toLanguageTag().compareTo(b.locale().toLanguageTag()));
        Bundle spanish = bundles.stream().filter(b -> b.locale().toLanguageTag().equals("es")).findFirst().orElseThrow();

        for (int i = 1; i <= n; i++) {
            String suffix = " [" + i + "]";
            String id = base.id() + "-" + String.format(Locale.ROOT, "%04d", i);
            Article texts = base.mapMessages(m -> isName(m.key()) ? m : m.withText(m.pattern() + suffix, m.locale(), m.status()));
            // the model has no way to change an id (it is the article's identity): change it in the JSON, and read it back
            String json = ArticleJson.reader().write(texts).replace("\"id\": \"" + base.id() + "\"", "\"id\": \"" + id + "\"")
                    .replace("/" + base.id() + "\"", "/" + id + "\"");
            Path dir = out.resolve(id);
            Files.createDirectories(dir.resolve("i18n"));
            write(dir.resolve("article.json"), json);
            Article article = ArticleJson.reader().read(dir.resolve("article.json"));
            if (!article.id().equals(id)) throw new IllegalStateException("the id did not change: " + article.id());
            Map<String, String> patterns = new HashMap<>();
            for (Message m : article.messages()) patterns.put(m.key(), m.pattern());

            List<Bundle> translations = new ArrayList<>(bundles);
            translations.add(new Bundle(spanish.file(), Locale.forLanguageTag("es-MX"), spanish.kind(), spanish.articleId(),
                    spanish.metadata(), spanish.entries()));
            for (Bundle b : translations) {
                Map<String, BundleEntry> entries = new LinkedHashMap<>();
                for (BundleEntry e : b.entries().values()) {
                    if (isName(e.key())) {
                        entries.put(e.key(), e);
                        continue;
                    }
                    String was = basePatterns.get(e.key());
                    // a translation that was current stays current; one that was stale stays stale
                    boolean current = was != null && SourceHash.of(was).equals(e.sourceHash());
                    String hash = current ? SourceHash.of(patterns.get(e.key())) : e.sourceHash();
                    entries.put(e.key(), new BundleEntry(e.key(), e.text() + suffix, hash, e.note(), 0, 0));
                }
                write(dir.resolve("i18n/" + b.locale().toLanguageTag() + ".json"),
                        BundleWriter.json(new Bundle(b.file(), b.locale(), b.kind(), id, b.metadata(), entries)));
            }
            Bundle source = SourceExtractor.extract(article);
            for (PseudoLocalizer p : PseudoLocalizer.values()) {
                write(dir.resolve("i18n/" + p.locale().toLanguageTag() + ".json"), BundleWriter.json(p.localize(source)));
            }
        }
        System.out.println("wrote " + n + " articles in " + (bundles.size() + 4) + " languages to " + out);
    }

    /**
     * Glossary terms and topic names stay as they are: the translator checks want a name such as "ketamine" to
     * appear unchanged in the translation, and "ketamine [7]" would not.
     */
    private static boolean isName(String key) {
        return key.startsWith("term.") && key.endsWith(".text") || key.startsWith("topic.") && key.endsWith(".name");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
