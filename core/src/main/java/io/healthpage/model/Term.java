package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.Objects;

/**
 * A glossary entry: abbreviation, medical term, drug or brand name. Referred to in text as
 * {@code <term:ID>…</term:ID>}; renderers use {@code <abbr title>} or {@code <dfn>}, checkers
 * verify expansions and do-not-translate terms.
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
        Objects.requireNonNull(kind, "kind of term '" + id + "'");
        Objects.requireNonNull(text, "text of term '" + id + "'");
        if (kind == TermKind.ABBREVIATION && expansion == null) {
            throw new IllegalArgumentException("abbreviation '" + id + "' needs an expansion");
        }
    }
}
