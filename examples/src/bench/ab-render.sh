#!/usr/bin/env bash
# A/B of two builds in one JVM (AbHarness): thread CPU time and allocation per operation, rounds interleaved,
# median of per-round ratios B/A, after checking that both builds render the same bytes.
#
#   examples/src/bench/ab-render.sh BASE_JAR [NEW_JAR=examples/target/benchmarks.jar] [mode=both] [rounds=30]
#
# mode: both (localize es + render), loc (localize es), render (render the localized es article), en (render en).
# Build NEW_JAR with render-ratios.sh (or `mvn -q -B -o -Pbench -pl examples -am -DskipTests package`); a BASE_JAR
# of another commit, e.g. 3988fb1, in a scratch worktree:
#   git worktree add /tmp/hp-base 3988fb1 && (cd /tmp/hp-base && mvn -q -B -o -Pbench -pl examples -am -DskipTests package)
#   examples/src/bench/ab-render.sh /tmp/hp-base/examples/target/benchmarks.jar
# (the operations, RenderOps, come from NEW_JAR and are put first on both classpaths).
set -euo pipefail
cd "$(dirname "$0")/../../.."
BASE=$(realpath "$1")
NEW=$(realpath "${2:-examples/target/benchmarks.jar}")
MODE=${3:-both}
ROUNDS=${4:-30}
OPS=examples/target/ab-ops
rm -rf "$OPS" && mkdir -p "$OPS"
(cd "$OPS" && unzip -q -o "$NEW" 'io/healthpage/examples/bench/RenderOps*' 'io/healthpage/examples/bench/AbHarness*')
echo "== $(date -u '+%Y-%m-%dT%H:%M:%SZ') A=$BASE B=$NEW"
echo "== uptime before: $(uptime)"
java -Xms1g -Xmx1g -cp "$OPS" io.healthpage.examples.bench.AbHarness "$MODE" "$ROUNDS" "$OPS:$BASE" "$OPS:$NEW"
echo "== uptime after: $(uptime)"
