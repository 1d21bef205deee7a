package io.healthpage.model;

import io.healthpage.internal.Validate;

/**
 * An image with alt text (mandatory unless the image is explicitly decorative), caption and credit.
 * Immutable and thread-safe. Build one with {@link #builder(String)}, which stays source compatible
 * when parts are added.
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

    /**
     * A builder for a figure showing {@code src}; give it alt text or mark it decorative.
     *
     * @param src the image URL (http, https or relative)
     * @return a new builder
     */
    public static Builder builder(String src) {
        return new Builder(src);
    }

    /**
     * Builds a {@link Figure}. Each setter replaces what was set before; {@code null} means "none".
     * {@link #build()} validates as the constructor does. Not thread-safe; the figure it builds is.
     */
    public static final class Builder {
        private final String src;
        private String id;
        private Message alt;
        private boolean decorative;
        private Message caption;
        private Message credit;

        private Builder(String src) {
            this.src = src;
        }

        /** Sets the stable id. */
        public Builder id(String v) { id = v; return this; }
        /** Sets the alternative text. */
        public Builder alt(Message v) { alt = v; return this; }
        /** Sets whether the image is decorative ({@code alt=""}); a decorative figure has no alt text. */
        public Builder decorative(boolean v) { decorative = v; return this; }
        /** Sets the caption. */
        public Builder caption(Message v) { caption = v; return this; }
        /** Sets the image credit. */
        public Builder credit(Message v) { credit = v; return this; }

        /**
         * Builds the figure.
         *
         * @return the figure
         * @throws NullPointerException if the src is null
         * @throws IllegalArgumentException if the id is not a valid id, the src is blank, or the figure
         *         has neither alt text nor the decorative mark, or both
         */
        public Figure build() {
            return new Figure(id, src, alt, decorative, caption, credit);
        }
    }
}
