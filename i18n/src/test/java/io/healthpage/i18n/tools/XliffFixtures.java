package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import io.healthpage.json.ArticleJson;
import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.text.InlineMarkup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;

/** Test data shared by the pseudo-locale and XLIFF tests: the example article as a source bundle. */
final class XliffFixtures {
    static final Path EXAMPLE = Path.of("../examples/content/ketamine-pain-relief/article.json");

    private XliffFixtures() {}

    static Article exampleArticle() {
        try {
            return ArticleJson.reader().read(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article's messages as a source bundle (what "extract" produces): text = source pattern. */
    static Bundle sourceBundle(Article article) {
        Map<String, BundleEntry> entries = new LinkedHashMap<>();
        for (Message m : article.messages()) {
            entries.put(m.key(), new BundleEntry(m.key(), m.pattern(), SourceHash.of(m.pattern()), m.note(), 0, 0));
        }
        return new Bundle("i18n/" + article.sourceLocale().toLanguageTag() + ".json", article.sourceLocale(),
                Bundle.Kind.ARTICLE, article.id(), new BundleMetadata(article.sourceLocale(), null, false, null, null),
                entries);
    }

    static Bundle bundle(Locale locale, Locale sourceLocale, Map<String, BundleEntry> entries) {
        return new Bundle(locale.toLanguageTag() + ".json", locale, Bundle.Kind.ARTICLE, "test-article",
                new BundleMetadata(sourceLocale, null, false, null, null), entries);
    }

    /** Argument names in a pattern, read independently of the code under test with ICU's MessagePattern. */
    static Set<String> argNames(String pattern) {
        com.ibm.icu.text.MessagePattern mp = new com.ibm.icu.text.MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            var p = mp.getPart(i);
            if (p.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NAME
                    || p.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(mp.getSubstring(p));
            }
        }
        return names;
    }

    /** The tag tokens of a pattern in order, e.g. ["<em>", "</em>", "<cite:x/>"]. */
    static List<String> tagSequence(String pattern) {
        List<String> out = new ArrayList<>();
        for (InlineMarkup.Tag t : InlineMarkup.scan(pattern)) {
            out.add((t.closing() ? "</" : "<") + t.name() + (t.selfClosing() ? "/>" : ">"));
        }
        return out;
    }
}
