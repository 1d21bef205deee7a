package io.healthpage.render;

import io.healthpage.internal.HtmlVocabulary;
import io.healthpage.internal.Validate;
import io.healthpage.model.Block;
import io.healthpage.model.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link RenderContext} of one render: block renderers write through it into the renderer's
 * {@link TagWriter}, element by element, each checked against the vocabulary first. Also keeps the
 * ids of the page so an extension cannot reuse one. One per render (made only when block renderers
 * are registered); not thread-safe.
 */
final class ExtensionOutput implements RenderContext {
    private final HtmlArticleWriter writer;
    private final TagWriter w;
    private final String idPrefix;
    private final Set<String> rendererIds = new HashSet<>();
    private final Set<String> extensionIds = new HashSet<>();
    /** Elements the extensions opened and have not closed, innermost last. */
    private final List<String> open = new ArrayList<>();
    /** Attribute names of the start tag the extension opened last. */
    private final List<String> attributes = new ArrayList<>();
    /** Whether the open start tag is the extension's own (attributes may follow). */
    private boolean ownStartTag;

    // the extension being called (nested calls save and restore these)
    private boolean active;
    private String who;
    private String where;
    private int level;
    private int base;

    ExtensionOutput(HtmlArticleWriter writer, TagWriter w, String idPrefix) {
        this.writer = writer;
        this.w = w;
        this.idPrefix = idPrefix;
    }

    /** Calls {@code renderer} for {@code block}, whose enclosing heading has level {@code h}. */
    void render(BlockRenderer<Block> renderer, Block block, int h) {
        boolean savedActive = active;
        String savedWho = who;
        String savedWhere = where;
        int savedLevel = level;
        int savedBase = base;
        active = true;
        who = "the renderer extension for " + block.getClass().getSimpleName();
        where = block.id() != null ? block.id() : block.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        level = h;
        base = open.size();
        ownStartTag = false;
        try {
            renderer.render(block, this);
            if (open.size() > base) {
                throw new IllegalArgumentException(who + " left <" + open.get(open.size() - 1) + "> open: close every element it opens");
            }
        } finally {
            ownStartTag = false;
            active = savedActive;
            who = savedWho;
            where = savedWhere;
            level = savedLevel;
            base = savedBase;
        }
    }

    /** Records an id the renderer itself wrote; refuses it if an extension took it first. */
    void rendererId(String id) {
        rendererIds.add(id);
        if (extensionIds.contains(id)) {
            throw new IllegalArgumentException("a renderer extension gave an element the id \"" + id
                    + "\", which the renderer needs for its own element: choose another name");
        }
    }

    private void live() {
        if (!active) throw new IllegalStateException("a RenderContext is only valid during BlockRenderer.render");
        ownStartTag = false;
    }

    @Override
    public RenderContext open(String tag) {
        Objects.requireNonNull(tag, "tag");
        live();
        if (!HtmlVocabulary.TAGS.contains(tag)) {
            throw new IllegalArgumentException(who + ": <" + tag + "> is not in the article vocabulary; allowed (lower case): "
                    + new TreeSet<>(HtmlVocabulary.TAGS));
        }
        w.open(tag);
        if (!HtmlVocabulary.VOID_TAGS.contains(tag)) open.add(tag);
        attributes.clear();
        ownStartTag = true;
        return this;
    }

    @Override
    public RenderContext attribute(String name, String value) {
        Objects.requireNonNull(name, "attribute name");
        Objects.requireNonNull(value, "attribute value");
        if (!active) throw new IllegalStateException("a RenderContext is only valid during BlockRenderer.render");
        if (!ownStartTag || !w.inStartTag()) {
            throw new IllegalStateException(who + ": attribute(\"" + name + "\") must follow open(), before any content");
        }
        String tag = w.openTag();
        TagWriter.checkAdded(who, tag, name, value, TagWriter.RESERVED_FOR_EXTENSIONS);
        if (attributes.contains(name)) {
            throw new IllegalArgumentException(who + ": <" + tag + "> already has \"" + name + "\"; an attribute is written once");
        }
        attributes.add(name);
        String v = value;
        if (name.equals("id")) {
            claim(value);
        } else if (name.equals(HtmlVocabulary.URL_ATTRIBUTE.get(tag))) {
            Optional<String> safe = writer.safeUrl(value, where);
            if (safe.isEmpty()) return this; // dropped and reported, like the article's own URLs
            v = safe.get();
        }
        w.attr(name, v);
        return this;
    }

    private void claim(String id) {
        if (!id.startsWith(idPrefix)) {
            throw new IllegalArgumentException(who + ": the id \"" + id + "\" does not start with the renderer's id prefix \""
                    + idPrefix + "\": use RenderContext.id(name)");
        }
        if (rendererIds.contains(id) || !extensionIds.add(id)) {
            throw new IllegalArgumentException(who + ": the id \"" + id + "\" is already on the page: ids must be unique");
        }
    }

    @Override
    public RenderContext text(String text) {
        Objects.requireNonNull(text, "text");
        live();
        w.text(text);
        return this;
    }

    @Override
    public RenderContext close(String tag) {
        Objects.requireNonNull(tag, "tag");
        live();
        if (HtmlVocabulary.VOID_TAGS.contains(tag)) {
            throw new IllegalArgumentException(who + ": <" + tag + "> is a void element: it has no end tag, do not close it");
        }
        if (open.size() <= base) throw new IllegalArgumentException(who + ": </" + tag + "> closes nothing it opened");
        String innermost = open.get(open.size() - 1);
        if (!innermost.equals(tag)) {
            throw new IllegalArgumentException(who + ": </" + tag + "> does not close the innermost element it opened, <" + innermost + ">");
        }
        open.remove(open.size() - 1);
        w.close(tag);
        return this;
    }

    @Override
    public RenderContext message(Message message) {
        Objects.requireNonNull(message, "message");
        live();
        writer.span(message);
        return this;
    }

    @Override
    public Message label(String key) {
        Objects.requireNonNull(key, "label key");
        if (!active) throw new IllegalStateException("a RenderContext is only valid during BlockRenderer.render");
        return writer.label(key);
    }

    @Override
    public RenderContext blocks(List<Block> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        live();
        writer.blocks(blocks, level + 1);
        return this;
    }

    @Override
    public RenderContext renderDefault(Block block) {
        Objects.requireNonNull(block, "block");
        live();
        writer.builtIn(block, level);
        return this;
    }

    @Override
    public int headingLevel() {
        if (!active) throw new IllegalStateException("a RenderContext is only valid during BlockRenderer.render");
        return Math.min(level + 1, 6);
    }

    @Override
    public String id(String name) {
        Objects.requireNonNull(name, "id name");
        if (!Validate.isId(name)) {
            throw new IllegalArgumentException(who + ": the id name \"" + name + "\" must use lower-case letters, digits and hyphens");
        }
        return idPrefix + name;
    }

    @Override
    public String toString() {
        return "RenderContext[" + (active ? who : "inactive") + "]";
    }
}
