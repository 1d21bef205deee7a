package io.healthpage.render;

import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;

/** The problems the renderers report: warnings, because the output is still complete and safe. */
final class RenderProblems {
    private RenderProblems() {}

    /**
     * A render problem.
     *
     * @param rule {@code render.message-broken}, {@code render.url-dropped}, {@code render.unknown-ref} or
     *             {@code render.jsonld}
     * @param key the message key concerned (or what the URL belongs to), or {@code null}
     * @param message what happened and what to do
     */
    static Problem of(String rule, String key, String message) {
        return Problem.builder(rule, message).severity(Severity.WARNING).key(key).build();
    }
}
