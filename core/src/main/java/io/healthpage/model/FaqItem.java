package io.healthpage.model;

import io.healthpage.internal.Validate;
import java.util.List;

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
        if (question == null) throw new NullPointerException("question of FAQ '" + id + "'"); // message built only when needed
        answer = Validate.list(answer, "answer of FAQ '" + id + "'");
        if (answer.isEmpty()) throw new IllegalArgumentException("FAQ '" + id + "' needs an answer");
    }
}
