package io.healthpage.i18n.tools;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.SourceHash;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.Block;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.Paragraph;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Reference;
import io.healthpage.model.Section;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextArg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small source article with one message per kind of thing the checker looks at. */
final class Fixtures {
    static final Locale EN = Locale.ENGLISH;

    static final Map<String, String> SOURCE = new LinkedHashMap<>();
    static {
        SOURCE.put("title", "How long does ketamine pain relief last?");
        SOURCE.put("dose", "Take at most 5 mg of <term:ketamine>ketamine</term:ketamine> a day.");
        SOURCE.put("weight", "Children get 0.5 mg/kg, adults up to 1,000 mg in total.");
        SOURCE.put("count", "{count, plural, one {# study found} other {# studies found}}");
        SOURCE.put("rank", "This is the {rank, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} dose.");
        SOURCE.put("duration", "Relief usually lasts {duration}.");
        SOURCE.put("licence", "Read the <link:cc-by>licence</link:cc-by> text.");
        SOURCE.put("nmda", "It blocks <term:nmda>NMDA</term:nmda> receptors<cite:ref1/>.");
        SOURCE.put("who", "{audience, select, clinician {Dosing for clinicians} other {Ask your doctor}}");
        SOURCE.put("long", "Ketamine can ease pain for a short time.");
    }

    private Fixtures() {}

    static Message msg(String key) {
        Map<String, Arg> args = new LinkedHashMap<>();
        switch (key) {
            case "count" -> args.put("count", new NumberArg(BigDecimal.valueOf(5)));
            case "rank" -> args.put("rank", new NumberArg(BigDecimal.valueOf(3)));
            case "duration" -> args.put("duration", new RangeArg(BigDecimal.valueOf(40), BigDecimal.valueOf(60), "minute"));
            case "who" -> args.put("audience", new TextArg("patient"));
            default -> { }
        }
        return Message.builder(key, SOURCE.get(key), EN).args(args).build();
    }

    static Article article() {
        List<Block> blocks = new ArrayList<>();
        for (String key : SOURCE.keySet()) {
            if (!key.equals("title")) blocks.add(new Paragraph(key, msg(key)));
        }
        return Article.builder("test-article", EN)
                .title(msg("title"))
                .section(new Section("s", Message.of("section.s.heading", "Dose", EN), blocks, List.of()))
                .reference(Reference.builder("ref1", "Ketamine for pain").authors(List.of("A. Author")).year(2020).build())
                .term(Term.builder("ketamine", TermKind.DRUG, Message.of("term.ketamine.text", "ketamine", EN))
                        .doNotTranslate(true).build())
                .term(Term.builder("nmda", TermKind.ABBREVIATION, Message.of("term.nmda.text", "NMDA", EN))
                        .expansion(Message.of("term.nmda.expansion", "N-methyl-D-aspartate", EN)).build())
                .link(new LinkTarget("cc-by", "https://creativecommons.org/licenses/by/4.0/"))
                .build();
    }

    /** An entry translated from the current source (correct hash). */
    static BundleEntry entry(String key, String text) {
        String source = null;
        for (Message m : article().messages()) if (m.key().equals(key)) source = m.pattern();
        return new BundleEntry(key, text, source == null ? "00000000" : SourceHash.of(source), null, 7, 5);
    }

    static Bundle bundle(String tag, BundleEntry... entries) {
        Map<String, BundleEntry> map = new LinkedHashMap<>();
        for (BundleEntry e : entries) map.put(e.key(), e);
        return new Bundle(tag + ".json", Locale.forLanguageTag(tag), Bundle.Kind.ARTICLE, "test-article",
                new BundleMetadata(EN, "Test", false, null, null), map);
    }
}
