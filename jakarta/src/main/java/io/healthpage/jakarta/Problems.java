package io.healthpage.jakarta;

import io.healthpage.problem.Problem;

/** The one place that builds {@link Problem}s for this module (loading problems of content folders). */
final class Problems {
    private Problems() {}

    /** An error about a whole file or folder. */
    static Problem error(String code, String location, String message, String hint) {
        return Problem.builder(code, message).file(location).suggestion(hint).build();
    }
}
