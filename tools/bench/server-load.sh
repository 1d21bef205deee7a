#!/usr/bin/env bash
# Load benchmark of `healthpage serve` against Debian's nginx serving the same page as a static file
# (docs/performance.md, "Server"). Loopback only, bounded in time, stops everything it starts.
#
#   tools/bench/server-load.sh                      # throughput: nginx, serve, nginx again (≈ 1.5 min)
#   tools/bench/server-load.sh --also 'jdk-default|/tmp/old.jar|'  \
#                              --also 'jdk-nodelay|/tmp/old.jar|-Dsun.net.httpserver.nodelay=true'
#                                                   # + other builds of the jar, in the same run
#   tools/bench/server-load.sh --survive            # serve with -Xmx96m, 60 s of wrk -c64 over 4 languages
#
# Options: --jar PATH (default examples/target/healthpage.jar, built with Maven when missing),
#          --duration 20s, --warmup 10s, --threads 2, --connections 16 (the wrk settings of the throughput run),
#          --timeout 2s (wrk's: an answer slower than this counts as a socket error, in both runs),
#          --java-opts '...' (JVM options of the measured serve), --also 'label|jar|java options' (repeatable).
# Needs: java 17, Debian's `wrk` and `nginx` (apt-get install wrk nginx); installs nothing itself.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/examples/target/healthpage.jar"
DURATION=20s WARMUP=10s THREADS=2 CONNECTIONS=16 JAVA_OPTS="" SURVIVE=0 WRK_TIMEOUT=2s
ALSO=()
ARTICLE=ketamine-pain-relief
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --timeout) WRK_TIMEOUT=$2; shift 2 ;;
    --java-opts) JAVA_OPTS=$2; shift 2 ;;
    --also) ALSO+=("$2"); shift 2 ;;
    --survive) SURVIVE=1; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "server-load.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "server-load.sh: wrk not found; on Debian: apt-get install wrk" >&2; exit 2; }
NGINX=$(command -v nginx || true); [ -n "$NGINX" ] || { [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx; }
[ -n "$NGINX" ] || { echo "server-load.sh: nginx not found; on Debian: apt-get install nginx" >&2; exit 2; }
command -v java >/dev/null || { echo "server-load.sh: java not found" >&2; exit 2; }
if [ ! -f "$JAR" ]; then
  echo "# $JAR missing: building it (mvn -B -q -pl examples -am package -DskipTests)"
  (cd "$ROOT" && mvn -B -q -pl examples -am package -DskipTests) >&2
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/healthpage-load.XXXXXX")
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {  # a port nothing listens on (checked, not reserved)
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "server-load.sh: no free port found" >&2; exit 1
}

load() { uptime | sed 's/.*load average: /load /'; }

# wrk's Lua hooks: rotate Accept-Language (and, for the survival run, the endpoint); print one RESULT line
cat > "$TMP/measure.lua" <<'EOF'
local langs, paths, i = nil, nil, 0
function init(args)
  langs = {}; paths = {}
  for l in string.gmatch(args[1] or "es", "[^,]+") do langs[#langs + 1] = l end
  for p in string.gmatch(args[2] or "", "[^,]+") do paths[#paths + 1] = p end
end
function request()
  i = i + 1
  local path = #paths > 0 and paths[(math.floor(i / #langs) % #paths) + 1] or wrk.path
  return wrk.format("GET", path, { ["Accept-Language"] = langs[(i % #langs) + 1] })
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %.2f %d %d %d %d/%d/%d/%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests, e.connect + e.read + e.write + e.timeout, e.status,
    e.connect, e.read, e.write, e.timeout))
end
EOF

# CPU time (clock ticks, user + system) used so far by the processes PIDS... (a server and its worker processes)
cpu_ticks() {
  local t=0 p
  for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat") )); done
  echo "$t"
}

# run_wrk LABEL URL LANGS PATHS SERVER_PIDS: prints "label req/s p50 p99 ... CPU µs/request" and keeps it in $TMP/results.
# The server's CPU time per request is the figure a loaded machine disturbs least (wall clock is shared, CPU time is not).
run_wrk() {
  local label=$1 url=$2 langs=$3 paths=${4:-} pids=${5:-} out
  timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" --timeout "$WRK_TIMEOUT" -d"$WARMUP" -s "$TMP/measure.lua" "$url" -- "$langs" "$paths" >/dev/null
  local before t0 t1; before=$(load)
  # shellcheck disable=SC2086
  t0=$(cpu_ticks $pids)
  out=$(timeout 400 wrk -t"$THREADS" -c"$CONNECTIONS" --timeout "$WRK_TIMEOUT" -d"$DURATION" -s "$TMP/measure.lua" "$url" -- "$langs" "$paths")
  # shellcheck disable=SC2086
  t1=$(cpu_ticks $pids)
  local r; r=$(grep '^RESULT' <<<"$out") || { echo "$out" >&2; echo "server-load.sh: wrk gave no result for $label" >&2; exit 1; }
  read -r _ rps p50 p99 max n errs non2xx kinds <<<"$r"
  local cpu; cpu=$(awk -v t=$(( t1 - t0 )) -v hz="$(getconf CLK_TCK)" -v n="$n" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')
  printf '%-14s %9s req/s  p50 %7s ms  p99 %7s ms  max %8s ms  server CPU %5s us/req  requests %8s  socket errors %s (connect/read/write/timeout %s)  non-2xx %s  (%s -> %s)\n' \
    "$label" "$rps" "$p50" "$p99" "$max" "$cpu" "$n" "$errs" "$kinds" "$non2xx" "$before" "$(load)"
  echo "$label $rps $p50 $p99 $errs $non2xx $cpu" >> "$TMP/results"
}

# start_serve LABEL JAR JAVA_OPTS...: starts `serve --port 0`, sets SERVE_PID and SERVE_URL
start_serve() {
  local label=$1 jar=$2; shift 2
  local log="$TMP/serve-$label.log"
  # shellcheck disable=SC2068
  java $@ -jar "$jar" serve --port 0 > "$log" 2>&1 &
  SERVE_PID=$!; PIDS+=("$SERVE_PID")
  for _ in $(seq 1 300); do
    SERVE_URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" | head -1 || true)
    [ -n "$SERVE_URL" ] && return
    kill -0 "$SERVE_PID" 2>/dev/null || { cat "$log" >&2; echo "server-load.sh: serve ($label) exited" >&2; exit 1; }
    sleep 0.1
  done
  cat "$log" >&2; echo "server-load.sh: serve ($label) did not start within 30 s" >&2; exit 1
}

stop_serve() {
  kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true
}

echo "# $(nproc) CPUs, $(java -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1 | cut -c1-40), $("$NGINX" -v 2>&1)"
echo "# jar: $JAR ($(stat -c %y "$JAR" | cut -d. -f1)), git $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "# $(load)"

if [ "$SURVIVE" = 1 ]; then
  # 60 s of wrk -c64 over 4 languages and every endpoint, with a 96 MiB heap; then the server must still answer
  start_serve survive "$JAR" -Xmx96m -XX:+ExitOnOutOfMemoryError "$JAVA_OPTS"
  base=${SERVE_URL%/}
  echo "# serve -Xmx96m at $SERVE_URL; wrk -t2 -c64 -d60s, Accept-Language es, ar, zh-CN, fr-CA rotating over /, the page, .json, /jsonld"
  THREADS=2 CONNECTIONS=64 DURATION=60s WARMUP=1s
  run_wrk survive "$SERVE_URL" "es,ar,zh-CN,fr-CA" "/,/articles/$ARTICLE,/articles/$ARTICLE.json,/articles/$ARTICLE/jsonld" "$SERVE_PID"
  fail=0
  kill -0 "$SERVE_PID" 2>/dev/null || { echo "FAIL: serve is no longer running"; fail=1; }
  if grep -q 'OutOfMemoryError' "$TMP/serve-survive.log"; then echo "FAIL: OutOfMemoryError in the server's log"; fail=1; fi
  read -r _ _ _ _ errs non2xx _ < "$TMP/results"
  [ "$errs" = 0 ] && [ "$non2xx" = 0 ] || { echo "FAIL: $errs socket errors, $non2xx non-2xx answers"; fail=1; }
  for pair in es:es ar:ar zh-CN:zh-Hans fr-CA:fr; do
    got=$(curl -s -o /dev/null -D - -H "Accept-Language: ${pair%%:*}" "$base/articles/$ARTICLE" | tr -d '\r' \
          | awk -F': ' 'tolower($1)=="content-language"{print $2}')
    [ "$got" = "${pair#*:}" ] || { echo "FAIL: after the run, Accept-Language ${pair%%:*} gave '$got'"; fail=1; }
  done
  echo "# heap after the run: $(jcmd "$SERVE_PID" GC.heap_info 2>/dev/null | grep -m1 -i 'total' | sed 's/^ *//' || echo '?');" \
       "peak RSS $(awk '/VmHWM/{print $2, $3}' /proc/"$SERVE_PID"/status 2>/dev/null || echo '?')"
  stop_serve
  [ "$fail" = 0 ] && echo "PASS: no error, no OutOfMemoryError, still answering every language" || exit 1
  exit 0
fi

# the comparator: the same page written by `site`, served by nginx from a private prefix on 127.0.0.1
mkdir -p "$TMP/site" "$TMP/nginx/logs"
java -jar "$JAR" site --out "$TMP/site" > "$TMP/site.log" 2>&1 || { cat "$TMP/site.log" >&2; exit 1; }
ES=$(cd "$TMP/site" && { find . -path "*$ARTICLE*" -name 'es.html'; find . -name 'es.html'; } | head -1)
[ -n "$ES" ] || { echo "server-load.sh: site wrote no es.html under $TMP/site" >&2; exit 1; }
ES=${ES#./}
chmod a+x "$TMP"; chmod -R a+rX "$TMP/site"  # nginx's workers run as another user when started by root
NGINX_PORT=$(free_port)
cat > "$TMP/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { text/html html; }
  client_body_temp_path $TMP/nginx/body; proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi; uwsgi_temp_path $TMP/nginx/uwsgi; scgi_temp_path $TMP/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $TMP/site;
  }
}
EOF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/logs/error.log" -g 'daemon off;' &
NGINX_PID=$!; PIDS+=("$NGINX_PID")
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/$ES" && break; sleep 0.1; done
curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/$ES" || { cat "$TMP/nginx/logs/error.log" >&2; echo "server-load.sh: nginx did not start" >&2; exit 1; }
echo "# nginx: $ES ($(stat -c %s "$TMP/site/$ES") bytes) on 127.0.0.1:$NGINX_PORT; serve: /articles/$ARTICLE, Accept-Language: es"
echo "# wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up of each server"

nginx_pids() { echo "$NGINX_PID" $(pgrep -P "$NGINX_PID"); }
run_wrk nginx "http://127.0.0.1:$NGINX_PORT/$ES" es "" "$(nginx_pids)"
measure_serve() {  # LABEL JAR JAVA_OPTS
  start_serve "$1" "$2" "$3"
  bytes=$(curl -s -H 'Accept-Language: es' "${SERVE_URL}articles/$ARTICLE" | wc -c)
  [ "$bytes" -gt 1000 ] || { echo "server-load.sh: serve ($1) answered $bytes bytes" >&2; exit 1; }
  run_wrk "$1" "${SERVE_URL}articles/$ARTICLE" es "" "$SERVE_PID"
  stop_serve
}
measure_serve serve "$JAR" "$JAVA_OPTS"
for a in "${ALSO[@]}"; do IFS='|' read -r label jar opts <<<"$a"; measure_serve "$label" "$jar" "$opts"; done
run_wrk nginx-again "http://127.0.0.1:$NGINX_PORT/$ES" es "" "$(nginx_pids)"

# ratios to the mean of the two nginx runs: req/s, and nginx's CPU per request over ours
awk '{ rps[$1] = $2; cpu[$1] = $7; order[NR] = $1 }
     END { n = (rps["nginx"] + rps["nginx-again"]) / 2; c = (cpu["nginx"] + cpu["nginx-again"]) / 2
           printf "# ratio to nginx (mean of its two runs: %.0f req/s, %.0f us CPU/req):", n, c
           for (i = 1; i <= NR; i++) if (order[i] !~ /^nginx/)
             printf "  %s %.3f (CPU ratio %.3f)", order[i], rps[order[i]] / n, (cpu[order[i]] > 0 ? c / cpu[order[i]] : 0)
           print "" }' "$TMP/results"
echo "# $(load)"
