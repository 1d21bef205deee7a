package io.healthpage.render;

import io.healthpage.model.Block;
import java.util.Optional;

/**
 * An element the renderer is writing, as an {@link AttributeProvider} sees it: what it is, and a
 * way to add attributes before its start tag is closed. Valid only during
 * {@link AttributeProvider#setAttributes}; not thread-safe (the renderer reuses one per render).
 *
 * <p><b>Parts.</b> Elements that have a part name (every other element is not offered to providers):
 * <ul>
 *   <li>page mode: {@code skip} (the skip link), {@code site} (the header around the language
 *       switcher), {@code languages} (the switcher's {@code nav});</li>
 *   <li>the article: {@code article}, {@code breadcrumb}, {@code header}, {@code title} (the
 *       {@code h1}…), {@code description}, {@code byline}, {@code reviewers}, {@code person},
 *       {@code credentials}, {@code dates}, {@code notices}, {@code disclosure}, {@code lead},
 *       {@code takeaways}, {@code toc}, {@code section}, {@code faq}, {@code question}, {@code glossary},
 *       {@code references}, {@code backlink}, {@code disclaimer}, {@code license};</li>
 *   <li>the headings of those regions: {@code section-heading}, {@code takeaways-heading},
 *       {@code toc-heading}, {@code faq-heading}, {@code question-heading} (FAQ as headings),
 *       {@code glossary-heading}, {@code references-heading}, {@code disclosure-heading},
 *       {@code disclaimer-heading}, {@code callout-heading};</li>
 *   <li>blocks (their outermost element): {@code paragraph}, {@code bullet-list},
 *       {@code numbered-list}, {@code callout}, {@code quote}, {@code figure}, {@code table},
 *       {@code related-link}; inside them {@code item-title}, {@code callout-kind}, {@code image},
 *       {@code related-label};</li>
 *   <li>links: {@code link} (links in message text, related-article links, reference, license and
 *       author links; not the breadcrumb, contents or language-switcher links, which have their
 *       container's part), {@code cite} (a citation's {@code sup}), {@code new-tab-note} (the hidden
 *       "opens in a new tab").</li>
 * </ul>
 */
public sealed interface RenderedElement permits TagWriter.ProvidedElement {
    /**
     * The element name.
     *
     * @return e.g. {@code div}
     */
    String tag();

    /**
     * What the element is (the list is in the class comment).
     *
     * @return e.g. {@code callout}
     */
    String part();

    /**
     * The innermost block the element belongs to; empty outside blocks (the title, the FAQ
     * section …).
     *
     * @return the block, e.g. the {@code Callout} for its {@code callout} and {@code callout-heading}
     */
    Optional<Block> block();

    /**
     * Adds an attribute. A {@code class} is added to the renderer's own classes; every other
     * attribute must not be on the element yet.
     *
     * <p>Allowed: {@code class}, {@code data-*} (lower-case names, any text as value), and the
     * attributes of the safe vocabulary for this element ({@code role}, {@code aria-label},
     * {@code aria-describedby}, {@code hidden}, {@code translate}, {@code title} on {@code abbr} …) with
     * values that fit them. Refused with {@link IllegalArgumentException}, which ends the render:
     * event handlers ({@code on*}), {@code style}, names outside the vocabulary or malformed, the
     * attributes the renderer owns ({@code id}, {@code lang}, {@code dir}, {@code href}, {@code src},
     * {@code cite}, {@code target}), an attribute the element already has, a value that does not fit
     * its attribute (a class with a quote, a {@code role} with a semicolon …). Values are escaped.
     *
     * @param name the attribute name
     * @param value the value, unescaped
     * @return this element
     * @throws IllegalArgumentException as above
     */
    RenderedElement attribute(String name, String value);
}
