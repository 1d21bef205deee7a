package io.healthpage.model;

import io.healthpage.internal.Validate;

/**
 * An image with alt text (mandatory unless the image is explicitly decorative), caption and credit.
 *
 * @param id optional stable id, or {@code null}
 * @param src the image URL (http, https or relative)
 * @param alt the alternative text; {@code null} only when {@code decorative}
 * @param decorative whether the image adds nothing a screen reader user needs ({@code alt=""})
 * @param caption the caption, or {@code null}
 * @param credit the image credit, or {@code null}
 */
public record Figure(String id, String src, Message alt, boolean decorative, Message caption, Message credit) implements Block {
    /** Validates: a figure has alt text or is marked decorative, not both. */
    public Figure {
        if (id != null) Validate.id(id, "figure id");
        Validate.notBlank(src, "figure src");
        if (alt == null && !decorative) {
            throw new IllegalArgumentException("figure " + src + " needs alt text, or \"decorative\": true if it adds no information");
        }
        if (alt != null && decorative) {
            throw new IllegalArgumentException("figure " + src + " is marked decorative but has alt text: remove one of them");
        }
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
