package io.healthpage.render;

/**
 * Adds attributes (classes, {@code data-*}, {@code role}, {@code aria-label} …) to the elements the
 * renderer writes, registered with {@link HtmlRenderer.Builder#attributeProvider(AttributeProvider)}
 * (in the manner of commonmark-java's {@code AttributeProvider}).
 *
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *         .attributeProvider(element -> {
 *             if (element.part().equals("callout")) element.attribute("class", "card");
 *             if (element.part().equals("link")) element.attribute("data-track", "article-link");
 *         })
 *         .build();
 * }</pre>
 *
 * <p>It is called once per named part of the page (the {@link RenderedElement#part()} list is there),
 * before the start tag is closed, and can only add: see {@link RenderedElement#attribute} for what
 * is refused.
 *
 * <p><b>Thread safety.</b> One instance serves every render of the {@link HtmlRenderer}, possibly on
 * several threads at once: keep it stateless (or thread-safe). The element is only valid during the call.
 */
@FunctionalInterface
public interface AttributeProvider {
    /**
     * Adds attributes to one element.
     *
     * @param element the element being written: its tag, part and block, and where to add
     */
    void setAttributes(RenderedElement element);
}
