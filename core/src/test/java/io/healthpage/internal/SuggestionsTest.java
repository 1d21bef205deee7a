package io.healthpage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void editDistanceClassicExamples() {
        assertEquals(3, Suggestions.editDistance("kitten", "sitting")); // k→s, e→i, +g
        assertEquals(3, Suggestions.editDistance("", "abc"));
        assertEquals(0, Suggestions.editDistance("title", "title"));
        assertEquals(2, Suggestions.editDistance("titel", "title")); // a transposition costs two edits
        assertEquals(1, Suggestions.editDistance("sections", "section"));
    }

    @Test
    void nearestByDistancePrefixAndCase() {
        List<String> fields = List.of("title", "text", "description");
        assertEquals("title", Suggestions.nearest("titel", fields));
        assertEquals("text", Suggestions.nearest("txt", fields));
        assertEquals("title", Suggestions.nearest("Title", fields), "case does not count");
        assertEquals("ncbi-2022", Suggestions.nearest("ncbi", List.of("nih-2020", "ncbi-2022")), "a prefix of 3+ characters");
        assertNull(Suggestions.nearest("zzzzzzzzzz", fields));
        assertEquals("text.length", Suggestions.nearest("text.lenght", List.of("text.identical", "text.length")));
    }

    @Test
    void hintNamesTheNearestOrListsAll() {
        assertEquals("did you mean \"warning\"?", Suggestions.hint("warnign", List.of("error", "warning", "info", "off")));
        assertEquals("expected one of: error, warning", Suggestions.hint("zzzzzz", List.of("error", "warning")));
    }
}
