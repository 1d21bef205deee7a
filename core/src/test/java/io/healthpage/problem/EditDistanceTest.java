package io.healthpage.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void classicExamples() {
        assertEquals(3, EditDistance.between("kitten", "sitting")); // k→s, e→i, +g
        assertEquals(3, EditDistance.between("", "abc"));
        assertEquals(0, EditDistance.between("title", "title"));
        assertEquals(2, EditDistance.between("titel", "title")); // a transposition costs two edits
        assertEquals(1, EditDistance.between("sections", "section"));
    }
}
