package io.healthpage.render;

import java.util.List;

/**
 * The output of a render and what had to be worked around. Immutable.
 *
 * @param html the HTML
 * @param problems fallbacks and dropped parts, empty when all went well
 */
public record RenderResult(String html, List<RenderProblem> problems) {
    /** Copies. */
    public RenderResult {
        problems = List.copyOf(problems);
    }
}
