package io.healthpage.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Syllable counts checked against a dictionary's syllabification (Merriam-Webster, RAE, Duden by hand). */
class SyllablesTest {
    @ParameterizedTest
    @CsvSource({
        "en,cat,1", "en,table,2", "en,made,1", "en,wanted,2", "en,jumped,1", "en,boxes,2", "en,makes,1",
        "en,medicine,3", "en,hypertension,4", "en,ketamine,3", "en,people,2", "en,the,1", "en,anesthetic,4",
        "es,casa,2", "es,ciudad,2", "es,poeta,3", "es,día,2", "es,medicamento,5", "es,hoy,1", "es,muy,1", "es,y,1",
        "es,dolor,2", "es,queso,2",
        "fr,maison,2", "fr,médicament,4", "fr,douleur,2", "fr,table,2",
        "de,Schmerz,1", "de,Arzneimittel,4", "de,Häuser,2", "de,Beispiel,2",
        "en,2026,1"
    })
    void counts(String lang, String word, int expected) {
        assertEquals(expected, Syllables.count(word, lang), lang + " " + word);
    }
}
