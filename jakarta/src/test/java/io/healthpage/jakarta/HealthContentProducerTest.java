package io.healthpage.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The producer's reading of {@code io.healthpage.content} outside a servlet container (its servlet path,
 * the default, is exercised on Payara by PayaraMicroIT).
 */
class HealthContentProducerTest {
    @TempDir
    Path tmp;

    @Test
    void theValuesOfTheContentParameter() throws Exception {
        Path dir = Fixture.content(tmp.resolve("c"));
        HealthContent fromFile = HealthContent.load(HealthContentProducer.source(dir.toUri().toString(), null));
        assertEquals(2, fromFile.ids().size(), fromFile.problems().toString());
        ContentSource cp = HealthContentProducer.source("classpath:healthpage", null);
        assertEquals("classpath:healthpage/", cp.location(""));

        IllegalStateException noContext = assertThrows(IllegalStateException.class,
                () -> HealthContentProducer.source("/WEB-INF/healthpage", null));
        assertTrue(noContext.getMessage().contains("no ServletContext"), noContext.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> HealthContentProducer.source("WEB-INF/healthpage", null));
        assertTrue(bad.getMessage().contains("classpath:FOLDER"), bad.getMessage());
    }

    @Test
    void loadsOnceFromTheSystemPropertyAndFailsClearlyWhenNothingLoads() throws Exception {
        Path dir = Fixture.content(tmp.resolve("c"));
        String before = System.getProperty(HealthContentProducer.CONTENT_PARAMETER);
        try {
            System.setProperty(HealthContentProducer.CONTENT_PARAMETER, dir.toUri().toString());
            HealthContentProducer producer = new HealthContentProducer();
            HealthContent c = producer.content();
            assertSame(c, producer.content(), "one content per application");
            assertSame(producer.responses(c), producer.responses(c));

            System.setProperty(HealthContentProducer.CONTENT_PARAMETER, tmp.resolve("empty").toUri().toString());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new HealthContentProducer().content());
            assertTrue(e.getMessage().contains("no health article could be loaded") && e.getMessage().contains("no article found"),
                    e.getMessage());
        } finally {
            if (before == null) System.clearProperty(HealthContentProducer.CONTENT_PARAMETER);
            else System.setProperty(HealthContentProducer.CONTENT_PARAMETER, before);
        }
    }
}
