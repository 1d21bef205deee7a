package io.healthpage.examples.rest;

import io.healthpage.examples.content.ContentLibrary;
import io.healthpage.i18n.SourceHash;
import io.healthpage.jakarta.HealthContent;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content folder for the server tests, independent of whatever translations the built-in content
 * has at the moment: the example article with hand-written title and description translations into
 * es, fr, ar and zh-Hans (everything else falls back to English), plus a second, English-only copy
 * of the article with the id {@value #SECOND}.
 */
final class TestContent {
    static final String ID = "ketamine-pain-relief";
    static final String SECOND = "second-article";

    /** title, description by locale tag; written by hand, not produced by the code under test. */
    static final Map<String, String[]> TRANSLATIONS = new LinkedHashMap<>();

    static {
        TRANSLATIONS.put("es", new String[] {"¿Cuánto dura el alivio del dolor con ketamine?",
                "La ketamine puede aliviar algunos tipos de dolor durante poco tiempo. Descubra cuánto puede durar el alivio, qué lo cambia y cuáles son los riesgos."});
        TRANSLATIONS.put("fr", new String[] {"Combien de temps dure le soulagement de la douleur par la ketamine ?",
                "La ketamine peut soulager certaines douleurs pendant peu de temps. Découvrez combien de temps le soulagement peut durer, ce qui le modifie et quels sont les risques."});
        TRANSLATIONS.put("ar", new String[] {"كم يدوم تخفيف الألم بالكيتامين (ketamine)؟",
                "يمكن أن يخفف الكيتامين بعض أنواع الألم لفترة قصيرة. تعرّف على المدة التي قد يدوم فيها التخفيف، وما الذي يغيّرها، وما هي المخاطر."});
        TRANSLATIONS.put("zh-Hans", new String[] {"ketamine 缓解疼痛的效果能持续多久？",
                "ketamine 可以在短时间内缓解某些类型的疼痛。了解缓解可能持续多久、哪些因素会影响它以及有哪些风险。"});
    }

    private TestContent() {}

    /** The test content in {@code dir}, ready to serve. */
    static HealthContent content(Path dir) throws IOException {
        create(dir);
        return ContentLibrary.content(dir);
    }

    static ContentLibrary create(Path dir) throws IOException {
        Path source = Path.of("content", ID, "article.json"); // tests run in the examples module folder
        Article article = ArticleJson.reader().read(source);
        Path folder = Files.createDirectories(dir.resolve(ID).resolve("i18n"));
        Files.copy(source, dir.resolve(ID).resolve("article.json"));
        for (Map.Entry<String, String[]> t : TRANSLATIONS.entrySet()) {
            String json = "{\n  \"format\": 1,\n  \"locale\": \"" + t.getKey() + "\",\n  \"kind\": \"article\",\n"
                    + "  \"article\": \"" + ID + "\",\n  \"sourceLocale\": \"en\",\n  \"translator\": \"test\",\n"
                    + "  \"messages\": {\n"
                    + "    \"title\": {\"text\": \"" + t.getValue()[0] + "\", \"source\": \"" + SourceHash.of(article.title().pattern()) + "\"},\n"
                    + "    \"description\": {\"text\": \"" + t.getValue()[1] + "\", \"source\": \""
                    + SourceHash.of(article.description().pattern()) + "\"}\n  }\n}\n";
            Files.writeString(folder.resolve(t.getKey() + ".json"), json, StandardCharsets.UTF_8);
        }
        String second = Files.readString(source, StandardCharsets.UTF_8).replaceFirst("\"id\": \"" + ID + "\"", "\"id\": \"" + SECOND + "\"");
        Files.createDirectories(dir.resolve(SECOND));
        Files.writeString(dir.resolve(SECOND).resolve("article.json"), second, StandardCharsets.UTF_8);
        ContentLibrary lib = ContentLibrary.open(dir);
        if (!lib.problems().isEmpty()) throw new IllegalStateException("test content has problems: " + lib.problems());
        return lib;
    }
}
