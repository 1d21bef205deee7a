package io.healthpage.model;

/**
 * One method per kind of {@link Block}: the one exhaustive walk over blocks. Call
 * {@code block.accept(visitor)}; the block calls the method for its own type.
 *
 * <p>Every walk over blocks in healthpage (the HTML and JSON-LD renderers, the JSON reader's validator
 * and writer, the message mapper behind {@link Article#mapMessages}, the checker, the source extractor)
 * implements this interface. Because it has no default methods, a new block type cannot be forgotten:
 *
 * <h2>Adding a block type</h2>
 * <ol>
 *   <li>Write the record in this package and add it to the {@code permits} clause of {@link Block}.</li>
 *   <li>Add {@code R visit(NewBlock block);} here and implement {@link Block#accept} in the record
 *       ({@code return visitor.visit(this);}).</li>
 *   <li>Compile: every walk that does not handle the new type is now a compile error, listed by the
 *       compiler. Handle it in each of them. The one place the compiler cannot find for you is the
 *       JSON reader, which turns a {@code "type"} string into a block ({@code ArticleReader#block}),
 *       and the article format's documentation and schema ({@code docs/article-format.md},
 *       {@code docs/article.schema.json}).</li>
 * </ol>
 * {@code docs/architecture.md} walks through it.
 *
 * <p>For walks that return nothing use {@code BlockVisitor<Void>} and {@code return null}.
 * Implementations decide their own thread safety; the blocks are immutable.
 *
 * @param <R> what each visit returns
 */
public interface BlockVisitor<R> {
    /**
     * Visits a paragraph.
     *
     * @param paragraph the block
     * @return the result for it
     */
    R visit(Paragraph paragraph);

    /**
     * Visits a bulleted list.
     *
     * @param list the block
     * @return the result for it
     */
    R visit(BulletList list);

    /**
     * Visits a numbered list.
     *
     * @param list the block
     * @return the result for it
     */
    R visit(NumberedList list);

    /**
     * Visits a callout.
     *
     * @param callout the block
     * @return the result for it
     */
    R visit(Callout callout);

    /**
     * Visits a quotation.
     *
     * @param quote the block
     * @return the result for it
     */
    R visit(Quote quote);

    /**
     * Visits a figure.
     *
     * @param figure the block
     * @return the result for it
     */
    R visit(Figure figure);

    /**
     * Visits a table.
     *
     * @param table the block
     * @return the result for it
     */
    R visit(Table table);

    /**
     * Visits a related-article link.
     *
     * @param link the block
     * @return the result for it
     */
    R visit(RelatedLink link);
}
