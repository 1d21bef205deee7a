package io.healthpage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFormatExceptionTest {

    @Test
    void exceptionMessageListsTheProblems() {
        Problem a = Problem.builder("c", "first").at("f.json", 1, 2).pointer("/a").build();
        Problem b = Problem.builder("c", "second").at("f.json", 3, 4).pointer("/b").suggestion("fix it").build();
        ArticleFormatException e = new ArticleFormatException(List.of(a, b), false);
        assertEquals("2 problems:\nf.json:1:2 /a: first\nf.json:3:4 /b: second (fix it)", e.getMessage());
        assertEquals(List.of(a, b), e.problems());
        assertThrows(IllegalArgumentException.class, () -> new ArticleFormatException(List.of(), false));
        assertTrue(new ArticleFormatException(List.of(a), true).getMessage().startsWith("1 problem (stopped counting at the cap"));
    }
}
