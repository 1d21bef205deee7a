package io.healthpage.render;

import io.healthpage.model.Block;

/**
 * Renders one type of block in place of the built-in HTML, registered with
 * {@link HtmlRenderer.Builder#blockRenderer(Class, BlockRenderer)} (in the manner of commonmark-java's
 * {@code NodeRenderer}).
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *         .blockRenderer(Callout.class, (callout, out) -> {
 *             out.open("aside").attribute("class", "box box-" + callout.kind().name().toLowerCase(Locale.ROOT));
 *             out.renderDefault(callout);   // the built-in callout inside the host's own box
 *             out.close("aside");
 *         })
 *         .build();
 * }</pre>
 *
 * <p>The renderer writes only through the {@link RenderContext} it is given, which keeps the
 * output inside the renderer's safe vocabulary (see there for what is refused and what is dropped).
 *
 * <p><b>Thread safety.</b> One instance serves every render of the {@link HtmlRenderer}, possibly on
 * several threads at once: keep it stateless (or thread-safe). The context is only valid during the call.
 *
 * @param <B> the block type
 */
@FunctionalInterface
public interface BlockRenderer<B extends Block> {
    /**
     * Writes the HTML of one block.
     *
     * @param block the block, already in the language of the render
     * @param context where to write, and the built-in rendering to delegate to
     */
    void render(B block, RenderContext context);
}
