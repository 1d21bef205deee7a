package io.healthpage.jakarta;

import io.healthpage.i18n.SourceHash;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Content folders for the tests, written by hand here (not produced by the code under test): the
 * example article with one sentence changed to carry a dose, bundles in es (with a wrong dose), ar,
 * zh-Hans and ja (only a stale entry), and an English-only second article; and a broken folder with
 * one problem of each kind the loader must locate.
 */
final class Fixture {
    static final String ID = "ketamine-pain-relief";
    static final String SECOND = "second-article";
    static final String EN_TITLE = "How long does ketamine pain relief last?";
    static final String ES_TITLE = "¿Cuánto dura el alivio del dolor con ketamine?";
    static final String AR_TITLE = "كم يدوم تخفيف الألم بالكيتامين (ketamine)؟";
    static final String ZH_TITLE = "ketamine 缓解疼痛的效果能持续多久？";
    static final String DOSE = "Do not take more than 5 mg a day.";
    static final String WRONG_DOSE = "No tome más de 50 mg al día.";
    private static final String LEAD_SCOPE = "This page explains how ketamine works, how long its effects last, and what can change that. It also covers the risks and who should avoid it.";
    private static final Path SOURCE = Path.of("..", "examples", "content", ID, "article.json");

    private Fixture() {}

    /** The good content under {@code root}. */
    static Path content(Path root) throws IOException {
        String article = Files.readString(SOURCE, StandardCharsets.UTF_8);
        if (!article.contains(LEAD_SCOPE)) throw new IllegalStateException("the example article changed: update Fixture");
        article = article.replace(LEAD_SCOPE, DOSE);
        write(root.resolve(ID + "/article.json"), article);
        String title = SourceHash.of(EN_TITLE);
        write(root.resolve(ID + "/i18n/es.json"), bundle("es", ID, "\"title\": " + entry(ES_TITLE, title)
                + ", \"lead.lead-scope\": " + entry(WRONG_DOSE, SourceHash.of(DOSE))));
        write(root.resolve(ID + "/i18n/ar.json"), bundle("ar", ID, "\"title\": " + entry(AR_TITLE, title)));
        write(root.resolve(ID + "/i18n/zh-Hans.json"), bundle("zh-Hans", ID, "\"title\": " + entry(ZH_TITLE, title)));
        // Japanese: one entry, translated from an older title: stale, so nothing of it is shown
        write(root.resolve(ID + "/i18n/ja.json"), bundle("ja", ID, "\"title\": " + entry("ケタミン", SourceHash.of("An older title"))));
        write(root.resolve(SECOND + "/article.json"), article.replace("\"id\": \"" + ID + "\"", "\"id\": \"" + SECOND + "\""));
        return root;
    }

    /** A folder with one problem of each kind: a broken article, a duplicate id, a bad file name, a locale mismatch. */
    static Path broken(Path root) throws IOException {
        content(root);
        write(root.resolve("a-broken/article.json"), "{\n  \"format\": 1,\n  \"id\": \"broken\",\n  \"titel\": \"x\"\n}\n");
        write(root.resolve("z-copy/article.json"), Files.readString(root.resolve(ID + "/article.json"), StandardCharsets.UTF_8));
        write(root.resolve(ID + "/i18n/pt_BR.json"), bundle("pt-BR", ID, ""));
        write(root.resolve(ID + "/i18n/fr.json"), bundle("es", ID, ""));
        return root;
    }

    /** The folder {@code dir} packed into a jar under {@code prefix/}. */
    static Path jar(Path dir, String prefix, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Path p : files) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                String name = prefix + "/" + rel + (Files.isDirectory(p) && !rel.isEmpty() ? "/" : "");
                if (rel.isEmpty()) name = prefix + "/";
                j.putNextEntry(new JarEntry(name));
                if (Files.isRegularFile(p)) j.write(Files.readAllBytes(p));
                j.closeEntry();
            }
        }
        return jar;
    }

    static String entry(String text, String source) {
        return "{\"text\": \"" + text + "\", \"source\": \"" + source + "\"}";
    }

    static String bundle(String locale, String article, String messages) {
        return "{\n  \"format\": 1,\n  \"locale\": \"" + locale + "\",\n  \"kind\": \"article\",\n  \"article\": \"" + article
                + "\",\n  \"sourceLocale\": \"en\",\n  \"translator\": \"test\",\n  \"messages\": {" + messages + "}\n}\n";
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
