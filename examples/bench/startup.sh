#!/usr/bin/env bash
# How fast the healthpage CLI starts, as a whole process (docs/performance.md, "CLI start").
#
#   examples/bench/startup.sh [-n RUNS] [-j JAR] [-b BEFORE_JAR] [-x 'LABEL=COMMAND']...
#
# Runs, RUNS times each (default 11) and interleaved (run 1 of every command, then run 2, ...), so that a
# change in the machine's load hits every command alike:
#   java -version                                          the floor: a JVM that does nothing
#   java -jar JAR --version                                picocli and our main class only
#   java -jar JAR render --locale es --format fragment     the goal row of issue 13 (<= 0.5 s wall)
#   LAUNCHER render --locale es --format fragment          the same through target/healthpage (AppCDS + flags)
#   java -jar BEFORE_JAR render ...                        with -b: another build (e.g. main's) in the same run
#   COMMAND                                                with -x: anything else, e.g. -x 'int=java -Xint -jar ...'
# each under /usr/bin/time -f '%e %U %S %M', output to /dev/null, and prints the medians of wall time,
# CPU time (user + sys, all threads) and peak RSS, with the machine's load before and after.
# JAR defaults to examples/target/healthpage.jar (built by `mvn package`); LAUNCHER is the `healthpage`
# script next to it. Java is `java` on the PATH (JAVA_HOME/bin/java if JAVA_HOME is set): the same JDK
# the launcher runs on.
set -euo pipefail

runs=11
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/healthpage.jar"
before=""
extra=()
while getopts "n:j:b:x:h" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    j) jar=$OPTARG ;;
    b) before=$OPTARG ;;
    x) extra+=("$OPTARG") ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: -n must be a positive number, was '$runs'" >&2; exit 2; }
[[ -f $jar ]] || { echo "startup.sh: $jar: no such file; build it with 'mvn -B -o package -DskipTests' (or give -j JAR)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "startup.sh: /usr/bin/time is needed (Debian: apt-get install time)" >&2; exit 2; }
java=java
[[ -n ${JAVA_HOME:-} ]] && java="$JAVA_HOME/bin/java"
launcher="$(dirname "$jar")/healthpage"
render=(render --locale es --format fragment)

labels=("java -version" "jar --version" "jar render" )
commands=("$java -version" "$java -jar $jar --version" "$java -jar $jar ${render[*]}")
if [[ -x $launcher ]]; then
  labels+=("launcher render"); commands+=("$launcher ${render[*]}")
  # the launcher must print what java -jar prints
  if ! cmp -s <("$java" -jar "$jar" "${render[@]}" 2>&1) <("$launcher" "${render[@]}" 2>&1); then
    echo "startup.sh: $launcher ${render[*]} prints something else than java -jar $jar ${render[*]}" >&2; exit 1
  fi
else
  echo "note: no launcher at $launcher (built by mvn package): its row is left out" >&2
fi
if [[ -n $before ]]; then
  [[ -f $before ]] || { echo "startup.sh: $before: no such file" >&2; exit 2; }
  labels+=("before: jar render"); commands+=("$java -jar $before ${render[*]}")
fi
for x in "${extra[@]}"; do labels+=("${x%%=*}"); commands+=("${x#*=}"); done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "# $(date -u +%FT%TZ) $(nproc) cores, $("$java" -version 2>&1 | head -1)"
echo "# load before: $(uptime | sed 's/.*load average: //')"
for ((i = 1; i <= runs; i++)); do
  for c in "${!commands[@]}"; do
    # %e wall s, %U user s, %S sys s, %M peak RSS KiB; the command's own output is not wanted
    /usr/bin/time -o "$out/t" -f '%e %U %S %M' ${commands[$c]} >/dev/null 2>"$out/err" \
      || { echo "startup.sh: '${commands[$c]}' failed:" >&2; cat "$out/err" >&2; exit 1; }
    echo "$(tail -1 "$out/t")" >>"$out/$c"
  done
done
echo "# load after:  $(uptime | sed 's/.*load average: //')"
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
printf '%-22s %10s %10s %10s   (medians of %d runs)\n' "command" "wall s" "CPU s" "RSS MiB" "$runs"
for c in "${!commands[@]}"; do
  wall=$(awk '{print $1}' "$out/$c" | median)
  cpu=$(awk '{print $2 + $3}' "$out/$c" | median)
  rss=$(awk '{print $4 / 1024}' "$out/$c" | median)
  printf '%-22s %10.2f %10.2f %10.0f\n' "${labels[$c]}" "$wall" "$cpu" "$rss"
done
