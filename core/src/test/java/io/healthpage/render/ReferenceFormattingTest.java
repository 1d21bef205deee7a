package io.healthpage.render;

import static io.healthpage.render.TestArticles.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Reference;
import io.healthpage.model.TextStatus;
import io.healthpage.text.Labels;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reference list: a full stop is never doubled when a date, a label or a name already ends with one. */
class ReferenceFormattingTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static Article withReference(Reference r) {
        return Article.builder("refs", TestArticles.EN).title(m("title", "References"))
                .lead(new Paragraph("p", m("lead.p", "A fact.<cite:" + r.id() + "/>"))).reference(r).build();
    }

    private static String referenceText(Article a, Labels labels) {
        String html = HtmlRenderer.builder().build().render(a, new PageContext(false, List.of(), labels)).html();
        Element li = Jsoup.parseBodyFragment(html).selectFirst("section.hp-references li");
        li.select("a.hp-backlink").remove();
        return li.text().replace('\u00A0', ' ').replace('\u202F', ' ').strip(); // ICU writes "2026\u00A0г."
    }

    @Test
    void aRussianAccessDateEndsWithOneFullStop() {
        // the shipped ru label ends with a full stop, and ICU's Russian date ends with "г." (год)
        Labels ru = Labels.of(RU, Map.of("reference.accessed",
                Message.of("reference.accessed", "Дата обращения: {date}.", RU).withText("Дата обращения: {date}.", RU,
                        TextStatus.TRANSLATED)));
        Reference r = Reference.builder("ncbi", "Ketamine").publisher("NCBI Bookshelf").year(2022)
                .accessed(LocalDate.of(2026, 11, 27)).build();
        String text = referenceText(withReference(r), ru);
        assertTrue(text.endsWith("Дата обращения: 27 ноября 2026 г."), text);
        assertFalse(text.contains(".."), text);
    }

    @Test
    void aContainerOrPublisherEndingWithAFullStopGetsNoSecondOne() {
        Reference journal = Reference.builder("j", "Ketamine for pain").container("J. Pain Res.").build();
        assertEquals("Ketamine for pain. J. Pain Res.", referenceText(withReference(journal), Labels.english()));
        Reference publisher = Reference.builder("p", "Ketamine").publisher("Example Press Inc.").build();
        assertEquals("Ketamine. Example Press Inc.", referenceText(withReference(publisher), Labels.english()));
    }
}
