package io.healthpage.json;

import static org.junit.jupiter.api.Assertions.fail;

import io.healthpage.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Small documents for error tests: a valid first line, the case on line 2, a closing brace on line 3. */
final class Docs {
    private Docs() {}

    /** Line 1 of every test document; "title" starts at column 71. */
    static final String HEAD =
            "{\"format\": 1, \"id\": \"a\", \"sourceLocale\": \"en\", \"contentVersion\": \"1\", \"title\": \"T\",\n";

    static String doc(String line2) {
        return HEAD + line2 + "\n}";
    }

    /** The problems (as one-line strings) of reading {@code json} as "t.json"; fails when it reads fine. */
    static List<String> problems(ArticleJson json, String text) {
        try {
            json.read("t.json", text);
        } catch (ArticleFormatException e) {
            List<String> out = new ArrayList<>();
            for (Problem p : e.problems()) out.add(p.toShortString());
            return out;
        }
        return fail("expected an ArticleFormatException for:\n" + text);
    }

    static List<String> problems(String line2) {
        return problems(ArticleJson.reader(), doc(line2));
    }

    static ArticleFormatException failure(ArticleJson json, String text) {
        try {
            json.read("t.json", text);
        } catch (ArticleFormatException e) {
            return e;
        }
        return fail("expected an ArticleFormatException");
    }
}
