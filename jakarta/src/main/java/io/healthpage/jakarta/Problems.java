package io.healthpage.jakarta;

import io.healthpage.i18n.BundleProblem;
import io.healthpage.problem.Problem;
import io.healthpage.problem.Severity;

/** The one place that builds {@link Problem}s for this module (loading problems of content folders). */
final class Problems {
    private Problems() {}

    /** A bundle loader's problem in the common problem vocabulary. */
    static Problem of(BundleProblem p) {
        return new Problem(p.isError() ? Severity.ERROR : Severity.WARNING, p.code(), p.file(), p.line(), p.column(),
                null, p.key(), p.message(), p.hint());
    }

    /** An error about a whole file or folder. */
    static Problem error(String code, String location, String message, String hint) {
        return new Problem(Severity.ERROR, code, location, 0, 0, null, null, message, hint);
    }
}
