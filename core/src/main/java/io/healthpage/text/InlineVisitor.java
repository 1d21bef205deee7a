package io.healthpage.text;

/**
 * One method per kind of {@link Inline} node: the one exhaustive walk over formatted message text.
 * Call {@code node.accept(visitor)}; the node calls the method for its own type.
 *
 * <p>The HTML renderer, {@link FormattedText#plainText()} and the checker implement it. It has no
 * default methods, so a new inline node type (a new tag of the closed inline vocabulary, added in
 * {@link InlineMarkup}) is a compile error in every walk that does not handle it.
 *
 * <p>For walks that return nothing use {@code InlineVisitor<Void>} and {@code return null}.
 * Implementations decide their own thread safety; the nodes are immutable.
 *
 * @param <R> what each visit returns
 */
public interface InlineVisitor<R> {
    /**
     * Visits literal text.
     *
     * @param text the node
     * @return the result for it
     */
    R visit(Inline.Text text);

    /**
     * Visits a formatted argument.
     *
     * @param arg the node
     * @return the result for it
     */
    R visit(Inline.Arg arg);

    /**
     * Visits emphasis.
     *
     * @param emphasis the node
     * @return the result for it
     */
    R visit(Inline.Emphasis emphasis);

    /**
     * Visits strong importance.
     *
     * @param strong the node
     * @return the result for it
     */
    R visit(Inline.Strong strong);

    /**
     * Visits a glossary term reference.
     *
     * @param term the node
     * @return the result for it
     */
    R visit(Inline.TermRef term);

    /**
     * Visits a link reference.
     *
     * @param link the node
     * @return the result for it
     */
    R visit(Inline.LinkRef link);

    /**
     * Visits a citation.
     *
     * @param cite the node
     * @return the result for it
     */
    R visit(Inline.CiteRef cite);
}
