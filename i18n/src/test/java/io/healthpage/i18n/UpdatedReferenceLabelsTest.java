package io.healthpage.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.Paragraph;
import io.healthpage.model.Reference;
import io.healthpage.model.TextStatus;
import io.healthpage.render.HtmlRenderer;
import io.healthpage.render.PageContext;
import io.healthpage.render.RenderResult;
import io.healthpage.text.Labels;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a reference "2019, updated 2023" reads right in every language that ships page labels, from the
 * real label bundles: a translated label, both years in order, one full stop at the end (none added after the
 * Russian "г.", Ukrainian "р.", Polish "r."). The expected lines are written here by hand.
 */
class UpdatedReferenceLabelsTest {
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("ar", "Guideline, 2019، آخر تحديث 2023."),
            Map.entry("de", "Guideline, 2019, aktualisiert 2023."),
            Map.entry("es", "Guideline, 2019, actualizado en 2023."),
            Map.entry("fr", "Guideline, 2019, mis à jour en 2023."),
            Map.entry("he", "Guideline, 2019, עודכן ב־2023."),
            Map.entry("it", "Guideline, 2019, aggiornato nel 2023."),
            Map.entry("ja", "Guideline, 2019年（2023年更新）."),
            Map.entry("pl", "Guideline, 2019, zaktualizowano w 2023 r."),
            Map.entry("pt", "Guideline, 2019, atualizado em 2023."),
            Map.entry("ru", "Guideline, 2019 г., обновлено в 2023 г."),
            Map.entry("tr", "Guideline, 2019, güncelleme: 2023."),
            Map.entry("uk", "Guideline, 2019 р., оновлено 2023 р."),
            Map.entry("zh-Hans", "Guideline, 2019年，2023年更新."));

    @Test
    void everyShippedLanguageSaysBothYearsWithOneFullStop() {
        Localizer localizer = Localizer.builder().build();
        Reference ref = Reference.builder("who", "Guideline").year(2019).updated(2023).build();
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            Locale locale = Locale.forLanguageTag(e.getKey());
            Labels labels = localizer.labels(locale);
            Message label = labels.get("reference.updated");
            assertEquals(TextStatus.TRANSLATED, label.status(), e.getKey() + ": the label is a real translation");
            Article a = Article.builder("a", Locale.ENGLISH).title(Message.of("title", "T", Locale.ENGLISH))
                    .lead(new Paragraph("p", Message.of("lead.p", "A fact.<cite:who/>", Locale.ENGLISH))).reference(ref).build();
            RenderResult out = HtmlRenderer.builder().build().render(a, new PageContext(false, List.of(), labels));
            assertEquals(List.of(), out.problems(), e.getKey());
            Element li = Jsoup.parseBodyFragment(out.html()).selectFirst("section.hp-references li");
            li.select("a.hp-backlink").remove();
            assertEquals(e.getValue(), li.text().replace('\u00A0', ' ').strip(), e.getKey());
            assertEquals(e.getKey(), li.selectFirst("span[lang]").attr("lang"), e.getKey() + ": the label's language is marked");
        }
    }
}
