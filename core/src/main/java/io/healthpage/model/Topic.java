package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(kind, "kind of topic '" + id + "'");
        Objects.requireNonNull(name, "name of topic '" + id + "'");
        codes = Validate.list(codes, "codes of topic '" + id + "'");
    }
}
