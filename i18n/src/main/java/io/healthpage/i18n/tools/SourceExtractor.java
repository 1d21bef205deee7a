package io.healthpage.i18n.tools;

import io.healthpage.internal.AtomicFiles;

import io.healthpage.i18n.Bundle;
import io.healthpage.i18n.BundleEntry;
import io.healthpage.i18n.BundleMetadata;
import io.healthpage.i18n.BundleWriter;
import io.healthpage.i18n.SourceHash;
import io.healthpage.model.Arg;
import io.healthpage.model.Article;
import io.healthpage.model.Block;
import io.healthpage.model.BlockVisitor;
import io.healthpage.model.BulletList;
import io.healthpage.model.Callout;
import io.healthpage.model.DateArg;
import io.healthpage.model.FaqItem;
import io.healthpage.model.Figure;
import io.healthpage.model.LinkTarget;
import io.healthpage.model.ListItem;
import io.healthpage.model.Message;
import io.healthpage.model.NumberArg;
import io.healthpage.model.NumberedList;
import io.healthpage.model.Paragraph;
import io.healthpage.model.PercentArg;
import io.healthpage.model.Person;
import io.healthpage.model.QuantityArg;
import io.healthpage.model.Quote;
import io.healthpage.model.RangeArg;
import io.healthpage.model.Reference;
import io.healthpage.model.RelatedLink;
import io.healthpage.model.Section;
import io.healthpage.model.Table;
import io.healthpage.model.Term;
import io.healthpage.model.TermKind;
import io.healthpage.model.TextArg;
import io.healthpage.model.Topic;
import io.healthpage.model.YearArg;
import io.healthpage.text.InlineMarkup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts the source bundle of an article: the file translators start from. Every message key in
 * document order with its source pattern, its {@link SourceHash} and a note that says, after the
 * author's own note, where the text appears, what each placeholder is, what each inline tag stands
 * for and which names must not be translated. Stateless and thread-safe.
 */
public final class SourceExtractor {

    /**
     * The outcome of re-extracting after an edit.
     *
     * @param bundle the new source bundle (document order)
     * @param added keys that are new since the previous bundle
     * @param removed keys of the previous bundle the article no longer has
     * @param changed keys whose source text changed (their translations are now stale)
     */
    public record Update(Bundle bundle, List<String> added, List<String> removed, List<String> changed) {
        /** Copies the lists. */
        public Update {
            Objects.requireNonNull(bundle, "bundle");
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        /** Whether nothing was added, removed or changed. */
        public boolean unchanged() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    private SourceExtractor() {}

    /** The source bundle of an article, named {@code <sourceLocale>.json} (e.g. {@code en.json}). */
    public static Bundle extract(Article article) {
        Objects.requireNonNull(article, "article");
        return extract(article, article.sourceLocale().toLanguageTag() + ".json");
    }

    /** The source bundle of an article, with {@code file} as its file name. */
    public static Bundle extract(Article article, String file) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(file, "file");
        Map<String, String> where = new Walker(article).walk();
        Map<String, BundleEntry> entries = new LinkedHashMap<>();
        for (Message m : article.messages()) {
            entries.put(m.key(), new BundleEntry(m.key(), m.pattern(), SourceHash.of(m.pattern()),
                    note(article, m, where.get(m.key())), 0, 0));
        }
        return new Bundle(file, article.sourceLocale(), Bundle.Kind.ARTICLE, article.id(),
                new BundleMetadata(article.sourceLocale(), null, false, null, null), entries);
    }

    /**
     * Re-extracts after an edit: the keys stay those of the article (ids never move), and the result says
     * which keys were added, removed, or changed (their source hash differs from {@code previous}'s).
     */
    public static Update update(Article article, Bundle previous) {
        Objects.requireNonNull(previous, "previous");
        Bundle next = extract(article, previous.file());
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (BundleEntry e : next.entries().values()) {
            BundleEntry old = previous.entries().get(e.key());
            if (old == null) added.add(e.key());
            else if (!e.sourceHash().equals(old.sourceHash() != null ? old.sourceHash() : SourceHash.of(old.text()))) {
                changed.add(e.key());
            }
        }
        List<String> removed = new ArrayList<>();
        for (String k : previous.entries().keySet()) if (!next.entries().containsKey(k)) removed.add(k);
        return new Update(next, added, removed, changed);
    }

    /**
     * Writes a bundle atomically: to a temporary file in the same folder, forced to disk, then moved over
     * {@code file}, so a reader never sees half a file. The form follows the extension ({@code .properties}, otherwise JSON).
     */
    public static void write(Bundle bundle, Path file) throws IOException {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(file, "file");
        String text = file.getFileName().toString().endsWith(".properties")
                ? BundleWriter.properties(bundle) : BundleWriter.json(bundle);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------

    static String note(Article article, Message m, String where) {
        List<String> lines = new ArrayList<>();
        if (m.note() != null) lines.add(m.note().strip());
        if (where != null) lines.add("Where: " + where + ".");
        if (!m.args().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Arg> a : m.args().entrySet()) parts.add(describe(a.getKey(), a.getValue(), m.pattern()));
            lines.add("Placeholders: " + String.join("; ", parts) + ".");
        }
        List<InlineMarkup.Tag> tags;
        try {
            tags = m.pattern().indexOf('<') < 0 ? List.of() : InlineMarkup.scan(m.pattern());
        } catch (RuntimeException e) {
            tags = List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> tagParts = new ArrayList<>();
        for (InlineMarkup.Tag t : tags) {
            if (t.closing() || !seen.add(t.name() + t.selfClosing())) continue;
            tagParts.add(describe(article, t));
        }
        if (!tagParts.isEmpty()) lines.add("Tags (keep them; you may move them): " + String.join("; ", tagParts) + ".");
        List<String> dnt = new ArrayList<>();
        String folded = SourceIndex.fold(PatternInfo.strip(m.pattern()));
        for (Term t : article.glossary()) {
            if (!t.doNotTranslate()) continue;
            String text = PatternInfo.strip(t.text().pattern());
            if (m.pattern().contains("<term:" + t.id()) || folded.contains(SourceIndex.fold(text))) dnt.add("“" + text + "”");
        }
        if (!dnt.isEmpty()) lines.add("Do not translate: " + String.join(", ", dnt) + ".");
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String describe(String name, Arg a, String pattern) {
        String p = "{" + name + "}: ";
        boolean plural = pattern.contains("{" + name + ",") && (pattern.contains("plural") || pattern.contains("selectordinal"));
        if (a instanceof NumberArg n) {
            return p + "a number (here " + n.value().toPlainString() + "), formatted for your language"
                    + (plural ? "; it chooses the plural case, and # shows it — write the cases your language needs" : "")
                    + " — do not write digits";
        }
        if (a instanceof PercentArg pc) return p + "a percentage (here " + pc.percent().toPlainString() + "%), formatted with the percent sign for your language — do not write digits";
        if (a instanceof QuantityArg q) return p + "an amount of " + plain(q.unit()) + " (here " + q.value().toPlainString() + "), written with the unit for your language — do not write digits or the unit";
        if (a instanceof RangeArg r) {
            String what = r.unit() == null ? "numbers" : plain(r.unit());
            return p + "a range of " + what + " (here " + r.low().toPlainString() + "–" + r.high().toPlainString()
                    + "), formatted for your language — do not write digits" + (r.unit() != null ? " or the unit" : "");
        }
        if (a instanceof DateArg d) return p + "a date (here " + d.date() + "), written the way your language writes dates — do not write it yourself";
        if (a instanceof YearArg y) return p + "a year (here " + y.year() + ") — do not write digits";
        if (a instanceof TextArg t) return p + "the text “" + t.text() + "”, shown as written — do not translate it";
        return p + a.typeName();
    }

    private static String plain(String unit) {
        String u = unit.replace("-per-", " per ").replace('-', ' ');
        return u.endsWith("s") ? u : u + "s";
    }

    private static String describe(Article article, InlineMarkup.Tag t) {
        String name = t.name();
        String tag = "<" + name + (t.selfClosing() ? "/>" : ">");
        if (name.equals("em")) return tag + "…</em>: emphasis";
        if (name.equals("strong")) return tag + "…</strong>: strong importance";
        String id = name.substring(name.indexOf(':') + 1);
        if (name.startsWith("term:")) {
            Term term = article.term(id);
            if (term == null) return tag + ": a glossary term";
            String text = PatternInfo.strip(term.text().pattern());
            String what = switch (term.kind()) {
                case ABBREVIATION -> "the abbreviation " + text + (term.expansion() != null
                        ? " (" + PatternInfo.strip(term.expansion().pattern()) + ")" : "");
                case DRUG -> "the drug name " + text;
                case BRAND -> "the brand name " + text;
                case TERM -> "the term “" + text + "”, explained in the glossary";
            };
            if (t.selfClosing()) return tag + ": inserts " + what + " as the glossary gives it";
            return tag + ": " + what + (term.doNotTranslate() ? " — do not translate" : "")
                    + (term.kind() == TermKind.ABBREVIATION ? "; keep the tag around your language's abbreviation" : "; keep the tag around your word for it");
        }
        if (name.startsWith("link:")) {
            LinkTarget l = article.link(id);
            return tag + "…</" + name + ">: a link" + (l != null ? " to " + l.href() : "") + "; keep the tags around the link text";
        }
        if (name.startsWith("cite:")) {
            Reference r = article.reference(id);
            return tag + ": a citation of " + (r != null ? "“" + r.title() + "”" + (r.year() != null ? " (" + r.year()
                    + (r.updated() != null ? ", updated " + r.updated() : "") + ")" : "")
                    : "a reference") + "; keep it after the statement it supports";
        }
        return tag;
    }

    /** Says where each message appears, walking the model in document order. */
    private static final class Walker {
        private final Article a;
        private final Map<String, String> where = new HashMap<>();

        Walker(Article a) {
            this.a = a;
        }

        Map<String, String> walk() {
            put(a.title(), "the page title (browser tab, search results and the main heading)");
            put(a.description(), "the short description for search results and link cards");
            int n = a.breadcrumbs().size();
            for (int i = 0; i < n; i++) {
                put(a.breadcrumbs().get(i).label(), "step " + (i + 1) + " of " + n + " of the breadcrumb trail (navigation)"
                        + (i == n - 1 ? "; this page itself" : ""));
            }
            for (Person p : a.authors()) person(p, "author");
            for (Person p : a.reviewers()) person(p, "medical reviewer");
            put(a.disclosure(), "the editorial disclosure near the top of the page");
            put(a.disclaimer(), "the medical disclaimer");
            for (Topic t : a.topics()) put(t.name(), "name of the topic '" + t.id() + "' (a " + t.kind().name().toLowerCase(Locale.ROOT) + ")");
            if (a.license() != null) put(a.license().attribution(), "the licence and attribution line");
            for (int i = 0; i < a.takeaways().size(); i++) {
                put(a.takeaways().get(i), "key takeaway " + (i + 1) + " of " + a.takeaways().size());
            }
            blocks(a.lead(), "the introduction");
            for (Section s : a.sections()) section(s);
            for (int i = 0; i < a.faq().size(); i++) {
                FaqItem q = a.faq().get(i);
                put(q.question(), "question " + (i + 1) + " of the FAQ (frequently asked questions)");
                blocks(q.answer(), "the answer of FAQ question " + (i + 1));
            }
            for (Term t : a.glossary()) {
                String text = PatternInfo.strip(t.text().pattern());
                put(t.text(), "the glossary " + t.kind().name().toLowerCase(Locale.ROOT) + " '" + t.id() + "' as written in the text"
                        + (t.doNotTranslate() ? " (do not translate: keep it as written, or give the one official spelling in your language)" : ""));
                put(t.expansion(), "what the abbreviation " + text + " stands for (shown when readers point at it)");
                put(t.definition(), "the plain-language definition of “" + text + "” in the glossary");
            }
            return where;
        }

        private void person(Person p, String role) {
            if (p.roleOnly()) {
                // no name yet: the role stands in the byline where the name will be
                put(p.role(), "the " + role + ", given by role only until the name is known: shown in place of the name "
                        + "(\u201cMedically reviewed by Pharmacist\u201d); a job title, not a sentence");
                put(p.credentials(), "credentials of the " + role + " given by role only");
                put(p.bio(), "short biography of the " + role + " given by role only");
                return;
            }
            put(p.credentials(), "credentials of " + p.name() + " (" + role + ")");
            put(p.role(), "role of " + p.name() + " (" + role + ")");
            put(p.bio(), "short biography of " + p.name() + " (" + role + ")");
        }

        private void section(Section s) {
            put(s.heading(), "heading of section '" + s.id() + "'");
            blocks(s.blocks(), "section '" + s.id() + "'");
            for (Section sub : s.subsections()) section(sub);
        }

        private void blocks(List<Block> bs, String in) {
            for (int i = 0; i < bs.size(); i++) block(bs.get(i), i + 1, bs.size(), in);
        }

        private void block(Block b, int pos, int count, String in) {
            b.accept(new BlockNotes(count > 1 ? " " + pos + " of " + count : "", in));
        }

        /** Notes for the messages of one block, the {@code nth} of its container {@code in}. */
        private final class BlockNotes implements BlockVisitor<Void> {
            private final String nth;
            private final String in;

            BlockNotes(String nth, String in) {
                this.nth = nth;
                this.in = in;
            }

            @Override
            public Void visit(Paragraph p) {
                put(p.text(), "paragraph" + nth + " in " + in);
                return null;
            }

            @Override
            public Void visit(BulletList l) {
                for (int i = 0; i < l.items().size(); i++) {
                    put(l.items().get(i), "item " + (i + 1) + " of " + l.items().size() + " of the bulleted list in " + in);
                }
                return null;
            }

            @Override
            public Void visit(NumberedList l) {
                for (int i = 0; i < l.items().size(); i++) {
                    ListItem it = l.items().get(i);
                    String item = "item " + (i + 1) + " of " + l.items().size() + " of the numbered list in " + in;
                    put(it.title(), it.body() == null ? "title of " + item + ", which has no text of its own" : "title of " + item);
                    put(it.body(), "text of " + item);
                }
                return null;
            }

            @Override
            public Void visit(Callout c) {
                String box = "the " + c.kind().name().toLowerCase(Locale.ROOT) + " box in " + in;
                put(c.title(), "title of " + box);
                blocks(c.body(), box);
                return null;
            }

            @Override
            public Void visit(Quote q) {
                put(q.text(), "a quotation in " + in);
                put(q.source(), "who said the quotation in " + in);
                return null;
            }

            @Override
            public Void visit(Figure f) {
                put(f.alt(), "text alternative of an image in " + in + " (read aloud by screen readers; describe the image)");
                put(f.caption(), "caption of an image in " + in);
                put(f.credit(), "credit line of an image in " + in);
                return null;
            }

            @Override
            public Void visit(Table t) {
                put(t.caption(), "caption of a table in " + in);
                for (int i = 0; i < t.header().size(); i++) put(t.header().get(i), "column heading " + (i + 1) + " of a table in " + in);
                for (int r = 0; r < t.rows().size(); r++) {
                    List<Message> row = t.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        put(row.get(c), "row " + (r + 1) + ", column " + (c + 1) + " of a table in " + in);
                    }
                }
                return null;
            }

            @Override
            public Void visit(RelatedLink r) {
                String kind = r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                put(r.title(), "link text of a '" + kind + "' link in " + in + " (the title of the page it leads to, " + r.href() + ")");
                put(r.description(), "description under a '" + kind + "' link in " + in);
                return null;
            }
        }

        private void put(Message m, String text) {
            if (m != null) where.put(m.key(), text);
        }
    }
}
