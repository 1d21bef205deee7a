package io.healthpage.render;

import io.healthpage.model.Block;
import io.healthpage.model.Message;
import java.util.List;

/**
 * Where a {@link BlockRenderer} writes: the renderer's own tag writer, with the checks that keep
 * an extension's output inside the renderer's safe vocabulary, and the built-in rendering to
 * delegate to. Valid only during {@link BlockRenderer#render}; not thread-safe.
 *
 * <p><b>What is refused, what is dropped.</b> Anything the extension's <em>code</em> decides is
 * checked when it is written and refused with {@link IllegalArgumentException}, which ends the
 * render (no half-written page is returned): elements outside the vocabulary ({@code script},
 * {@code style}, {@code iframe}, unknown or malformed names), attributes outside it (event handlers
 * {@code on*}, {@code style}, malformed names), the language attributes the renderer owns
 * ({@code lang}, {@code dir}) and {@code target} (use {@link HtmlRenderer.Builder#externalLinks}),
 * attribute values that do not fit their attribute, ids without the renderer's id prefix or used
 * twice on the page, end tags that do not match. Call-order mistakes (an attribute after content,
 * a call after the render returned) throw {@link IllegalStateException}. These never depend on a
 * translation, so the first test render shows them. <em>URLs</em> are data: one the
 * {@link io.healthpage.safety.UrlPolicy} refuses is dropped (the element stays) and reported in
 * {@link RenderResult#problems()} as {@code render.url-dropped}, as for the article's own URLs.
 * Text is always escaped: a string holding markup shows as text. There is no way to write raw HTML.
 *
 * <p>The allowed vocabulary is that of {@code io.healthpage.safety.Sanitizer}, plus
 * {@code data-*} attributes (lower-case names, any text as value), which the sanitizer itself
 * removes from untrusted input because script frameworks act on them.
 */
public sealed interface RenderContext permits ExtensionOutput {
    /**
     * Writes a start tag; attributes may follow until the first content.
     *
     * @param tag an element of the vocabulary, lower case ({@code div}, {@code aside}, {@code p} …)
     * @return this context
     * @throws IllegalArgumentException if the element is not in the vocabulary
     */
    RenderContext open(String tag);

    /**
     * Adds an attribute to the start tag just opened. URL attributes ({@code a href}, {@code img src},
     * {@code blockquote cite}, {@code q cite}) pass the renderer's URL policy and are written
     * normalised, or dropped and reported.
     *
     * @param name the attribute name, lower case
     * @param value the value, unescaped
     * @return this context
     * @throws IllegalArgumentException if the attribute or its value is not allowed there (see the class comment)
     * @throws IllegalStateException if no start tag is open
     */
    RenderContext attribute(String name, String value);

    /**
     * Writes text, escaped.
     *
     * @param text the text
     * @return this context
     */
    RenderContext text(String text);

    /**
     * Writes the end tag of the innermost element this extension opened.
     *
     * @param tag its name
     * @return this context
     * @throws IllegalArgumentException if it is not the innermost open element, or a void element ({@code img}, {@code br}, {@code hr})
     */
    RenderContext close(String tag);

    /**
     * Writes a message as the renderer writes text: formatted for its language, with the closed inline
     * vocabulary (emphasis, terms, links, citations), in a {@code span} with {@code lang}/{@code dir}
     * when it is in another language than the element around it. A message that does not format is
     * left out and reported, as everywhere.
     *
     * @param message the message
     * @return this context
     */
    RenderContext message(Message message);

    /**
     * The page label in the language of the render, e.g. {@code callout.warning} ("Warning").
     *
     * @param key a key of {@link io.healthpage.text.Labels}
     * @return the label
     * @throws IllegalArgumentException if there is no such label
     */
    Message label(String key);

    /**
     * Writes blocks (the body of a callout, say) as the renderer would, extensions included, one heading
     * level below {@link #headingLevel()}.
     *
     * @param blocks the blocks
     * @return this context
     */
    RenderContext blocks(List<Block> blocks);

    /**
     * Writes a block with the built-in rendering, bypassing the extension registered for its type.
     *
     * @param block the block (usually the one being rendered)
     * @return this context
     */
    RenderContext renderDefault(Block block);

    /**
     * The level of a heading at the top of this block (one below the heading it stands under),
     * at most 6.
     *
     * @return 2…6
     */
    int headingLevel();

    /**
     * An id for an element the extension writes: the renderer's id prefix and {@code name}. The
     * renderer refuses an id that is already on the page.
     *
     * @param name lower-case letters, digits and hyphens
     * @return the id, e.g. {@code hp-my-box}
     * @throws IllegalArgumentException if {@code name} is not such a name
     */
    String id(String name);
}
