package io.healthpage.internal;

import io.healthpage.problem.ProblemException;
import io.healthpage.problem.RuleConfig;
import io.healthpage.problem.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A checker's rules under a {@link RuleConfig}: which run, with which severity. Shared by the article and the
 * translator checker. Stateless and thread-safe.
 *
 * <p>Internal: exported only to the other healthpage modules; may change without notice.
 */
public final class RuleSettings {
    private RuleSettings() {}

    /**
     * The rules that run, in their order, each with its severity under {@code config}.
     *
     * @param rules the checker's rules, built-in and added
     * @param id the id of a rule
     * @param defaultSeverity the default severity of a rule
     * @param listedIn where the rules are listed, for the hint on an unknown id
     * @throws ProblemException when the configuration names a rule that is not among {@code rules}
     */
    public static <R> Map<R, Severity> enabled(RuleConfig config, List<R> rules, Function<R, String> id,
                                               Function<R, Severity> defaultSeverity, String listedIn) {
        config.requireKnown(rules.stream().map(id).toList(), listedIn);
        Map<R, Severity> on = new LinkedHashMap<>();
        for (R r : rules) config.severity(id.apply(r), defaultSeverity.apply(r)).ifPresent(s -> on.put(r, s));
        return Collections.unmodifiableMap(on);
    }
}
