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

/**
 * The reference list: a full stop is never doubled when a date, a label or a name already ends with one; a
 * reference with an updated year (issue 14) shows both years in the reader's language.
 */
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
    @Test
    void anUpdatedYearIsShownAfterThePublicationYear() {
        Reference r = Reference.builder("who", "Guideline on pain").container("WHO").year(2019).updated(2023).build();
        assertEquals("Guideline on pain. WHO, 2019, updated 2023.", referenceText(withReference(r), Labels.english()));
        // without an updated year nothing changes
        Reference plain = Reference.builder("who", "Guideline on pain").container("WHO").year(2019).build();
        assertEquals("Guideline on pain. WHO, 2019.", referenceText(withReference(plain), Labels.english()));
    }

    @Test
    void aRussianUpdatedYearEndsWithOneFullStop() {
        // the shipped ru label ends with "г." (год): the reference takes no second full stop
        String pattern = "{year} г., обновлено в {updated} г.";
        Labels ru = Labels.of(RU, Map.of("reference.updated",
                Message.of("reference.updated", "{year}, updated {updated}", RU).withText(pattern, RU, TextStatus.TRANSLATED)));
        Reference r = Reference.builder("who", "Руководство").year(2019).updated(2023).build();
        String html = HtmlRenderer.builder().build().render(withReference(r), new PageContext(false, List.of(), ru)).html();
        assertEquals("Руководство, 2019 г., обновлено в 2023 г.", referenceText(withReference(r), ru));
        assertTrue(html.contains("<span lang=\"ru\" dir=\"ltr\">2019 г., обновлено в 2023 г.</span>"), html);
    }

    @Test
    void aBrokenUpdatedLabelStillShowsBothYearsAndIsReported() {
        Labels broken = Labels.of(Locale.ENGLISH, Map.of("reference.updated", Message.of("reference.updated", "{year, updated", Locale.ENGLISH)));
        Reference r = Reference.builder("who", "Guideline").year(2019).updated(2023).build();
        RenderResult out = HtmlRenderer.builder().build().render(withReference(r), new PageContext(false, List.of(), broken));
        assertTrue(out.problems().stream().anyMatch(p -> p.rule().equals("render.message-broken") && "reference.updated".equals(p.key())),
                out.problems().toString());
        assertEquals("Guideline, 2019, 2023.", referenceText(withReference(r), broken));
    }
}
