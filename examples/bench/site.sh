#!/usr/bin/env bash
# The `site --content` benchmark of issue 13 §4: a generated content folder of N articles × 10 languages
# (made from the example article by GenerateSiteContent.java, in a temporary folder, deleted at the end).
#
#   mvn -B -o -q -DskipTests package -pl examples -am     # builds examples/target/healthpage.jar
#   examples/bench/site.sh [N=200] [RUNS=3]            # LAUNCHER=1 to run through examples/target/healthpage
#
# Prints, each as the median of RUNS whole processes (`java -jar`, JVM start included) measured with
# /usr/bin/time, next to the user+sys CPU seconds, the peak RSS and the build's own elapsed time:
#   1. a full build into an empty folder (default threads: the number of processors);
#   2. a rebuild with nothing changed;
#   3. a rebuild after changing one article (its title, so its 10 pages and the indexes change);
#   4. full builds with --threads 1 and --threads 2, interleaved, and the speed-up of 2 threads.
# The machine's load (`uptime`) is printed before and after: wall figures on a shared machine are noisy.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-200}
RUNS=${2:-3}
JAR=${JAR:-examples/target/healthpage.jar}  # JAR=other.jar measures another build (e.g. the one before a change)
if [ ! -f "$JAR" ]; then
    echo "no $JAR: build it first with: mvn -B -o -q -DskipTests package -pl examples -am" >&2
    exit 2
fi
if [ ! -x /usr/bin/time ]; then
    echo "needs GNU time (/usr/bin/time; Debian package 'time')" >&2
    exit 2
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/healthpage-site-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# LAUNCHER=1: run the site builds through the launcher script next to the jar (its JVM flags and archive)
if [ "${LAUNCHER:-0}" = 1 ]; then RUN=("$(dirname "$JAR")/healthpage"); else RUN=(java -jar "$JAR"); fi
echo "# runs: ${RUN[*]}"
echo "# $(date -u +%FT%TZ) $(nproc) processors; java: $(java -version 2>&1 | head -1)"
echo "# load before: $(uptime)"
java -cp "$JAR" examples/bench/GenerateSiteContent.java "$WORK/content" "$N" >/dev/null
echo "# content: $N articles × $(ls "$WORK/content/$(ls "$WORK/content" | head -1)/i18n" | wc -l | xargs expr 1 +) languages"

# one whole process: appends "wall user sys maxrss_kb internal_s written" to $WORK/$1
run() {
    local file=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" \
        "${RUN[@]}" site --content "$WORK/content" --base-url https://example.org/health/ "$@" \
        >"$WORK/stdout" 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; exit 1; }
    local internal written
    internal=$(sed -n 's/.* in \([0-9.]*\) s; .*/\1/p' "$WORK/stdout")
    written=$(sed -n 's/.*: \([0-9]*\) written, .*/\1/p' "$WORK/stdout")
    echo "$(cat "$WORK/time") $internal $written" >>"$WORK/$file"
}

# the median of column $2 of $WORK/$1
median() {
    awk -v c="$2" '{print $c}' "$WORK/$1" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

report() {
    printf "%-44s wall %6.2f s  cpu %6.2f+%5.2f s  rss %5d MiB  build %6.2f s  (%s pages written; median of %d)\n" \
        "$2" "$(median "$1" 1)" "$(median "$1" 2)" "$(median "$1" 3)" "$(( $(median "$1" 4 | cut -d. -f1) / 1024 ))" \
        "$(median "$1" 5)" "$(median "$1" 6)" "$(wc -l <"$WORK/$1")"
}

for i in $(seq "$RUNS"); do
    rm -rf "$WORK/out"
    run full --out "$WORK/out"
    run noop --out "$WORK/out"
    # a real change of one article: its title (the source text) gets a new suffix each run
    sed -i "0,/\"title\": \"/s//\"title\": \"(changed $i) /" "$WORK/content/$(ls "$WORK/content" | head -1)/article.json"
    run one --out "$WORK/out"
done
report full "1. full build (default threads)"
report noop "2. rebuild, nothing changed"
report one "3. rebuild after changing one article"

for i in $(seq "$RUNS"); do
    rm -rf "$WORK/out1" "$WORK/out2"
    run t1 --out "$WORK/out1" --threads 1
    run t2 --out "$WORK/out2" --threads 2
done
report t1 "4. full build, --threads 1"
report t2 "   full build, --threads 2"
awk -v a="$(median t1 1)" -v b="$(median t2 1)" -v c="$(median t1 5)" -v d="$(median t2 5)" \
    'BEGIN {printf "   2 threads vs 1: %.2fx whole process, %.2fx the build itself\n", a / b, c / d}'
echo "# load after: $(uptime)"
