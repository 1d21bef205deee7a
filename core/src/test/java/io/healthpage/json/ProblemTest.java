package io.healthpage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void oneLineFormLeavesOutUnknownParts() {
        Problem p = Problem.error("json.type", "/sections/2/blocks/0/items/3/title", null,
                "expected a message (string or object) but found an array", null);
        assertEquals("/sections/2/blocks/0/items/3/title: expected a message (string or object) but found an array",
                p.toString());
        assertEquals("article.json:41:17 /sections/2/blocks/0/items/3/title: "
                + "expected a message (string or object) but found an array", p.at("article.json", 41, 17).toString());
        assertEquals("article.json: too big (split it)",
                Problem.error("json.limit.size", "", null, "too big", "split it").at("article.json", 0, 0).toString());
        assertEquals("[risks.title]: warning: long",
                new Problem(Severity.WARNING, "x", null, 0, 0, null, "risks.title", "long", null).toString());
    }

    @Test
    void exceptionMessageListsTheProblems() {
        Problem a = Problem.error("c", "/a", null, "first", null).at("f.json", 1, 2);
        Problem b = Problem.error("c", "/b", null, "second", "fix it").at("f.json", 3, 4);
        ArticleFormatException e = new ArticleFormatException(List.of(a, b), false);
        assertEquals("2 problems:\nf.json:1:2 /a: first\nf.json:3:4 /b: second (fix it)", e.getMessage());
        assertEquals(List.of(a, b), e.problems());
        assertThrows(IllegalArgumentException.class, () -> new ArticleFormatException(List.of(), false));
    }
}
