package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.List;

/**
 * Something the article is about, with optional codes.
 *
 * @param id stable id
 * @param kind drug, condition or procedure
 * @param name the name
 * @param codes codes in ICD-10, SNOMED CT, RxNorm, ATC
 */
public record Topic(String id, TopicKind kind, Message name, List<Code> codes) {
    /** Validates and copies. */
    public Topic {
        Validate.id(id, "topic id");
        if (kind == null) throw new NullPointerException("kind of topic '" + id + "'"); // message built only when needed
        if (name == null) throw new NullPointerException("name of topic '" + id + "'"); // message built only when needed
        codes = Validate.list(codes, "codes of topic '" + id + "'");
    }
}
