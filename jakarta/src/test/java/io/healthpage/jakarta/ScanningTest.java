package io.healthpage.jakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a server's annotation scanning finds in this jar: no resource ({@code @Path}) at all — nothing
 * answers requests that the application did not write — and, as providers, only the two message body
 * writers (never a filter or exception mapper that would change the application's other responses).
 */
class ScanningTest {
    @Test
    void noResourceAndOnlyTheWritersAsProviders() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes", "io", "healthpage", "jakarta");
        List<String> names;
        try (Stream<java.nio.file.Path> s = Files.list(classes)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                    .map(n -> "io.healthpage.jakarta." + n.substring(0, n.length() - 6)).sorted().toList();
        }
        assertTrue(names.size() > 10, names.toString());
        List<String> providers = new ArrayList<>();
        for (String n : names) {
            Class<?> c = Class.forName(n, false, getClass().getClassLoader());
            assertTrue(!c.isAnnotationPresent(Path.class), n + " carries @Path");
            for (Method m : c.getDeclaredMethods()) assertTrue(!m.isAnnotationPresent(Path.class), m + " carries @Path");
            if (c.isAnnotationPresent(Provider.class)) providers.add(c.getSimpleName());
        }
        assertEquals(List.of("LocalizedArticleWriter", "RenderedWriter"), providers);
    }
}
