package io.healthpage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code docs/article.schema.json} accepts what the writer writes and rejects what the reader rejects by shape. */
class SchemaTest {
    private static Schema schema;

    @BeforeAll
    static void load() throws IOException {
        String text = Files.readString(Path.of("../docs/article.schema.json"));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    private static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theFullFixtureValidates() throws IOException {
        assertEquals(List.of(), errors(Files.readString(FullArticleTest.FULL)));
    }

    @Test
    void theExampleArticleValidatesAndRoundTrips() throws IOException {
        Path example = Path.of("../examples/content/ketamine-pain-relief/article.json");
        String text = Files.readString(example);
        assertEquals(List.of(), errors(text));
        io.healthpage.model.Article a = ArticleJson.reader().read(example);
        assertEquals(List.of(), new ArticleValidator().validate(a));
        String written = ArticleJson.reader().write(a);
        assertEquals(a, ArticleJson.reader().read("written.json", written), "read(write(a)) equals a");
        assertEquals(written, ArticleJson.reader().write(ArticleJson.reader().read("written.json", written)), "write is stable");
        assertEquals(List.of(), errors(written));
    }

    @Test
    void whatTheWriterWritesValidates() {
        for (long seed = 1; seed <= 40; seed++) {
            String written = ArticleJson.reader().write(new RandomArticles(seed).article());
            assertEquals(List.of(), errors(written), "seed " + seed + "\n" + written);
        }
    }

    /** Issue 14: a reviewer by role only, a reference with an updated year, a numbered item that is a title alone. */
    @Test
    void theFormatAdditionsValidate() {
        assertEquals(List.of(), errors(Docs.doc(" \"reviewers\": [{\"id\": \"p\", \"kind\": \"person\", \"role\": \"Pharmacist\"}], "
                + "\"references\": [{\"id\": \"r\", \"title\": \"T\", \"year\": 2019, \"updated\": 2023}], "
                + "\"lead\": [{\"type\": \"numbered\", \"items\": [{\"title\": \"Nausea\"}]}]")));
    }

    @Test
    void anInvalidDocumentFails() {
        String bad = Docs.doc(" \"titel\": \"x\"");
        List<Error> e = errors(bad);
        assertFalse(e.isEmpty());
        assertTrue(e.toString().contains("titel"), e.toString());
    }

    /** Documents the reader rejects by shape; the schema must reject them too (at the given instance path). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        " \"audiences\": [\"Patient\"]                                               | /audiences/0",
        " \"lead\": [{\"type\": \"figure\", \"src\": \"a.png\"}]                     | /lead/0",
        " \"lead\": [{\"type\": \"figure\", \"src\": \"a.png\", \"alt\": \"A\", \"decorative\": true}] | /lead/0",
        " \"lead\": [{\"type\": \"paragrahp\", \"text\": \"x\"}]                     | /lead/0",
        " \"lead\": [{\"type\": \"paragraph\", \"text\": \"x\", \"txt\": \"y\"}]     | /lead/0",
        " \"sections\": [{\"id\": \"Intro\", \"heading\": \"H\"}]                     | /sections/0/id",
        " \"links\": [{\"id\": \"l\", \"href\": \"javascript:alert(1)\"}]            | /links/0/href",
        " \"glossary\": [{\"id\": \"t\", \"kind\": \"abbreviation\", \"text\": \"T\"}] | /glossary/0",
        " \"description\": {\"text\": \"{n}\", \"args\": {\"n\": {\"type\": \"year\", \"value\": 1.5}}} | /description",
        " \"dates\": {\"published\": \"2024-13-01\"}                                 | /dates/published",
        " \"description\": [\"x\"]                                                   | /description",
        " \"reviewers\": [{\"id\": \"x\", \"kind\": \"person\"}]                     | /reviewers/0",
        " \"references\": [{\"id\": \"r\", \"title\": \"T\", \"updated\": 2023}]    | /references/0",
        " \"references\": [{\"id\": \"r\", \"title\": \"T\", \"year\": 2019, \"updated\": 23}] | /references/0/updated",
        " \"lead\": [{\"type\": \"numbered\", \"items\": [{}]}]                    | /lead/0",
    })
    void shapeErrorsFailTheSchema(String line, String path) {
        List<Error> e = errors(Docs.doc(line.strip()));
        assertFalse(e.isEmpty(), line);
        assertTrue(e.stream().anyMatch(x -> pointer(x).startsWith(path)), path + " not in " + e);
    }

    @Test
    void formatMustBeOne() {
        String text = "{\"format\": 2, \"id\": \"a\", \"sourceLocale\": \"en\", \"contentVersion\": \"1\", \"title\": \"T\"}";
        assertEquals("/format", pointer(errors(text).get(0)));
    }

    private static String pointer(Error e) {
        return e.getInstanceLocation().toString().replace("$", "").replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    }
}
