package io.healthpage.check;

import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.Paragraph;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextArg;
import io.healthpage.model.TextStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckerTextTest {
    private static final Locale EN = Locale.ENGLISH;

    private static Message msg(String pattern, Map<String, io.healthpage.model.Arg> args) {
        return new Message("k", pattern, null, args, EN, TextStatus.SOURCE);
    }

    @Test
    void formatsArgumentsAndPlurals() {
        assertEquals("Relief lasts 40\u201360 minutes.", CheckerText.plain(msg("Relief lasts {d}.",
                Map.of("d", new RangeArg(BigDecimal.valueOf(40), BigDecimal.valueOf(60), "minute")))));
        assertEquals("3 studies", CheckerText.plain(msg("{n, plural, one {# study} other {# studies}}", Map.of("n", NumberArg.of(3)))));
        assertEquals("Take Ketalar.", CheckerText.plain(msg("Take {drug}.", Map.of("drug", new TextArg("Ketalar")))));
    }

    @Test
    void removesTagsAndInsertsTerms() {
        Article a = Article.builder("a", EN).title(Message.of("title", "T", EN))
                .term(new Term("nmda", TermKind.ABBREVIATION, Message.of("term.nmda.text", "NMDA", EN),
                        Message.of("term.nmda.expansion", "N-methyl-D-aspartate", EN), null, false))
                .lead(new Paragraph("p", Message.of("lead.p", "x", EN))).build();
        Message m = msg("<strong>Ketamine</strong> blocks <term:nmda/> and <term:nmda>NMDA</term:nmda> receptors <cite:ref/>. "
                + "See <link:nih><em>the guide</em></link:nih>.", Map.of());
        assertEquals("Ketamine blocks NMDA and NMDA receptors. See the guide.", CheckerText.plain(m, a));
        // without the article an inserted term shows its id
        assertEquals("a nmda b", CheckerText.plain(msg("a <term:nmda/> b", Map.of())));
    }

    @Test
    void brokenPatternIsUsedAsWritten() {
        assertEquals("a {b", CheckerText.plain(msg("a {b", Map.of())));
    }
}
