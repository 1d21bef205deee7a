package io.healthpage.model;

import io.healthpage.internal.Validate;

/**
 * A glossary entry: abbreviation, medical term, drug or brand name. Referred to in text as
 * {@code <term:ID>…</term:ID>}; renderers use {@code <abbr title>} or {@code <dfn>}, checkers
 * verify expansions and do-not-translate terms. Immutable and thread-safe. Build one with
 * {@link #builder(String, TermKind, Message)}, which stays source compatible when parts are added.
 *
 * @param id stable id
 * @param kind what it is
 * @param text the term as written ("NMDA", "ketamine")
 * @param expansion the expansion of an abbreviation ("N-methyl-D-aspartate"), or {@code null}
 * @param definition a plain-language definition, or {@code null}
 * @param doNotTranslate whether translations must keep {@code text} as written
 */
public record Term(String id, TermKind kind, Message text, Message expansion, Message definition, boolean doNotTranslate) {
    /** Validates. */
    public Term {
        Validate.id(id, "term id");
        if (kind == null) throw new NullPointerException("kind of term '" + id + "'"); // message built only when needed
        if (text == null) throw new NullPointerException("text of term '" + id + "'"); // message built only when needed
        if (kind == TermKind.ABBREVIATION && expansion == null) {
            throw new IllegalArgumentException("abbreviation '" + id + "' needs an expansion");
        }
    }

    /**
     * A builder for a glossary entry; expansion and definition start empty, do-not-translate off.
     *
     * @param id the stable id
     * @param kind what it is
     * @param text the term as written
     * @return a new builder
     */
    public static Builder builder(String id, TermKind kind, Message text) {
        return new Builder(id, kind, text);
    }

    /**
     * Builds a {@link Term}. Each setter replaces what was set before; {@code null} means "none".
     * {@link #build()} validates as the constructor does. Not thread-safe; the term it builds is.
     */
    public static final class Builder {
        private final String id;
        private final TermKind kind;
        private final Message text;
        private Message expansion;
        private Message definition;
        private boolean doNotTranslate;

        private Builder(String id, TermKind kind, Message text) {
            this.id = id;
            this.kind = kind;
            this.text = text;
        }

        /** Sets the expansion of an abbreviation (required for {@link TermKind#ABBREVIATION}). */
        public Builder expansion(Message v) { expansion = v; return this; }
        /** Sets the plain-language definition. */
        public Builder definition(Message v) { definition = v; return this; }
        /** Sets whether translations must keep the text as written. */
        public Builder doNotTranslate(boolean v) { doNotTranslate = v; return this; }

        /**
         * Builds the term.
         *
         * @return the term
         * @throws NullPointerException if the id, the kind or the text is null
         * @throws IllegalArgumentException if the id is not a valid id or an abbreviation has no expansion
         */
        public Term build() {
            return new Term(id, kind, text, expansion, definition, doNotTranslate);
        }
    }
}
