#!/usr/bin/env bash
# Memory while watching 10,000 deployments: the sandbox (its own JVM) serves a demo organisation plus a fleet of
# 10,000 running deployments; LiveOps' console (`liveops console`, stdin held open, so it idles between polls) watches
# them at a 5 s poll. After WARMUP seconds (several polls) it prints, for the LiveOps JVM only:
#   - idle RSS: VmRSS and VmHWM (the peak) from /proc/PID/status;
#   - live heap: `jcmd PID GC.run` (a full GC), then the used heap from `jcmd PID GC.heap_info`.
#
#   bench/memory.sh                                      # plain `java -jar`
#   JAVA_OPTS='-XX:+UseSerialGC -Xss512k' bench/memory.sh
#   FLEET=100000 WARMUP=60 bench/memory.sh
#
# Needs `mvn -B -o package -DskipTests` first. Uses ports 18089 (sandbox) and a temporary folder for store and config.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$PWD/target/liveops.jar
FLEET=${FLEET:-10000}
WARMUP=${WARMUP:-40}
PORT=${PORT:-18089}
OPTS=${JAVA_OPTS:-}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

java -Xmx1g -jar "$JAR" sandbox --port "$PORT" --fleet "$FLEET" >"$work/sandbox.out" 2>"$work/sandbox.err" &
pids+=($!)
for _ in $(seq 120); do grep -q "API token" "$work/sandbox.out" 2>/dev/null && break; sleep 1; done
user=$(sed -n 's/.*user id *: *\([0-9]*\).*/\1/p' "$work/sandbox.out")
token=$(sed -n 's/.*API token *: *\([^ ]*\).*/\1/p' "$work/sandbox.out")
cat >"$work/bot-config.json" <<EOF
{
  "quantconnect": {"userId": "$user", "apiToken": "\${BENCH_QC_TOKEN}", "baseUrl": "http://127.0.0.1:$PORT/api/v2"},
  "store": {"url": "jdbc:sqlite:$work/liveops.db"},
  "notifications": {"pollSeconds": 5},
  "access": {"users": [{"name": "bench", "roles": ["admin"], "consoleUser": "$(id -un)"}]}
}
EOF
mkdir -p "$work/run"
(cd "$work/run" && BENCH_QC_TOKEN=$token exec java $OPTS -jar "$JAR" console --config "$work/bot-config.json" \
    < <(sleep $((WARMUP + 60))) >"$work/console.out" 2>"$work/console.err") &
pids+=($!)
sleep 2
liveops=$(pgrep -f -n "liveops.jar console --config $work/bot-config.json")
sleep "$WARMUP"
grep -q "baseline" "$work/run/data/liveops.log" 2>/dev/null || { echo "LiveOps took no baseline:" >&2; cat "$work/console.err" "$work/console.out" >&2; exit 1; }
jcmd "$liveops" GC.run >/dev/null
sleep 1
heap=$(jcmd "$liveops" GC.heap_info | tr -d ',' | grep -m1 -o 'used [0-9]*K' | grep -o '[0-9]*')
rss=$(awk '/VmRSS/ {print $2}' "/proc/$liveops/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$liveops/status")
echo "watching $FLEET+3 deployments, ${WARMUP}s after start (java ${OPTS:-without options}):"
echo "  live heap after a full GC: $((heap / 1024)) MiB"
echo "  RSS now: $((rss / 1024)) MiB, peak RSS: $((hwm / 1024)) MiB"
