#!/usr/bin/env bash
# The three figures of issue 13 §3, in one run of RatioHarness (thread CPU time, operations interleaved):
#   1. localize es + render ÷ Jsoup.clean(es output, Safelist.relaxed())          goal ≤ 0.25
#   2. Sanitizer.standard().sanitize(x) ÷ Jsoup.clean(x, relaxed), x = the en output
#      and each of the 22 fragments of core/src/test/resources/io/healthpage/safety/corpus   goal ≤ 1.0
#   3. localize + render, 2 threads ÷ 1 thread (operations per second of wall time)         goal ≥ 1.8
# with the load average (uptime) before and after. Run from anywhere; it works in the repository root.
#
#   examples/src/bench/render-ratios.sh [warmupSeconds=20] [rounds=30] [opsPerRound=10] [scalingRounds=6]
#
# Environment: SKIP_BUILD=1 reuses examples/target/benchmarks.jar; MVN_FLAGS (default "-o") is passed to Maven
# (set MVN_FLAGS= when JMH is not in the local repository yet); JAVA (default java) picks the JVM.
# The build compiles the benchmarks into examples/target/classes too (see docs/performance.md): run
# `mvn -pl examples clean` before building release jars.
set -euo pipefail
cd "$(dirname "$0")/../../.."

WARMUP=${1:-20}
ROUNDS=${2:-30}
OPS=${3:-10}
SCALING=${4:-6}
JAVA=${JAVA:-java}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
    mvn -q -B ${MVN_FLAGS--o} -Pbench -pl examples -am -DskipTests package
fi

echo "== $(date -u '+%Y-%m-%dT%H:%M:%SZ') commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (dirty)')"
echo "== uptime before: $(uptime)"
echo "== nproc $(nproc); $("$JAVA" -version 2>&1 | head -1)"
# fixed heap, so the collector's sizing does not drift between runs
"$JAVA" -Xms1g -Xmx1g -cp examples/target/benchmarks.jar io.healthpage.examples.bench.RatioHarness \
    "$WARMUP" "$ROUNDS" "$OPS" "$SCALING" core/src/test/resources/io/healthpage/safety/corpus
echo "== uptime after: $(uptime)"
