package io.healthpage.examples.cli;

import io.healthpage.problem.Problem;
import io.healthpage.problem.ProblemException;
import io.healthpage.problem.RuleConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The {@code --rules FILE} option of the checking commands: which rules run and how severe their findings are. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "FILE",
            description = {"A rule configuration: JSON such as {\"rules\": {\"text.length\": \"off\", \"text.identical\": \"error\"}}",
                    "(error, warning, info or off per rule id; other rules keep their defaults)."})
    Path file;

    /**
     * The configuration ({@link RuleConfig#defaults()} without {@code --rules}); a file that cannot be read or is
     * not a configuration is a usage error (exit 2) listing each problem with its place.
     */
    RuleConfig config() {
        if (file == null) return RuleConfig.defaults();
        if (!Files.isRegularFile(file)) throw CliException.usage(file + ": no such file (--rules must name a JSON rule configuration)");
        try {
            return RuleConfig.read(file);
        } catch (IOException e) {
            throw CliException.usage(file + ": cannot be read: " + e.getMessage());
        } catch (ProblemException e) {
            throw unusable(e);
        }
    }

    /**
     * Builds a checker; a configuration naming a rule the checker does not have is a usage error (exit 2) with
     * the place and the nearest rule id.
     */
    static <T> T build(Supplier<T> checker) {
        try {
            return checker.get();
        } catch (ProblemException e) {
            throw unusable(e);
        }
    }


    private static CliException unusable(ProblemException e) {
        StringBuilder sb = new StringBuilder("the rule configuration cannot be used (").append(e.problems().size())
                .append(e.problems().size() == 1 ? " problem" : " problems").append("):");
        for (Problem p : e.problems()) sb.append("\n  ").append(p.toShortString());
        return CliException.usage(sb.toString());
    }
}
