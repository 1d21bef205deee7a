package io.healthpage.render;

import io.healthpage.problem.Problem;
import java.util.List;

/**
 * The output of a render and what had to be worked around. Immutable.
 *
 * @param html the HTML
 * @param problems fallbacks and dropped parts (warnings: the output is still complete and safe), empty when all
 *        went well
 */
public record RenderResult(String html, List<Problem> problems) {
    /** Copies. */
    public RenderResult {
        problems = List.copyOf(problems);
    }
}
