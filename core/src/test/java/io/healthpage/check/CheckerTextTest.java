package io.healthpage.check;

import io.healthpage.model.Article;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.Paragraph;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextArg;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckerTextTest {
    private static final Locale EN = Locale.ENGLISH;

    private static Message msg(String pattern, Map<String, io.healthpage.model.Arg> args) {
        return Message.builder("k", pattern, EN).args(args).build();
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
                .term(Term.builder("nmda", TermKind.ABBREVIATION, Message.of("term.nmda.text", "NMDA", EN))
                        .expansion(Message.of("term.nmda.expansion", "N-methyl-D-aspartate", EN)).build())
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
