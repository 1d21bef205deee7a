package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.List;
import java.util.Objects;

/**
 * A question and its answer; the answer may hold several blocks.
 *
 * @param id stable id
 * @param question the question
 * @param answer the answer blocks, at least one
 */
public record FaqItem(String id, Message question, List<Block> answer) {
    /** Validates and copies. */
    public FaqItem {
        Validate.id(id, "FAQ id");
        Objects.requireNonNull(question, "question of FAQ '" + id + "'");
        answer = Validate.list(answer, "answer of FAQ '" + id + "'");
        if (answer.isEmpty()) throw new IllegalArgumentException("FAQ '" + id + "' needs an answer");
    }
}
