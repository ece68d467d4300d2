#!/usr/bin/env bash
# Memory while watching 10,000 deployments: the sandbox (its own JVM) serves a demo organisation plus a fleet of
# 10,000 running deployments; LiveOps' console (`liveops console`, stdin held open, so it idles between polls) watches
# them at a 5 s poll. After WARMUP seconds (several polls) it prints, for the LiveOps JVM only:
#   - idle RSS: VmRSS and VmHWM (the peak) from /proc/PID/status;
#   - live heap: the bytes of every object still reachable, from `jcmd PID GC.class_histogram` (which runs a full GC
#     first), whatever the collector (GC.heap_info's first "used" was the young generation alone under the serial
#     collector, which a full GC leaves empty: it read 0 MiB);
#   - with NMT=1, the JVM's own accounting of its native memory (`jcmd PID VM.native_memory summary`).
#
#   bench/memory.sh                                      # plain `java -jar`
#   JAVA_OPTS='-XX:+UseSerialGC -Xss512k' bench/memory.sh
#   LAUNCHER=./liveops bench/memory.sh                   # through the launcher script, with its defaults
#   NMT=1 FLEET=5000 WARMUP=60 bench/memory.sh           # the sandbox's fleet is 0-100,000
#
# Needs `mvn -B -o package -DskipTests` first. Uses ports 18089 (sandbox) and a temporary folder for store and config.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-$PWD/target/liveops.jar}
FLEET=${FLEET:-10000}
WARMUP=${WARMUP:-40}
PORT=${PORT:-18089}
OPTS=${JAVA_OPTS:-}
[[ ${NMT:-0} == 1 ]] && OPTS="$OPTS -XX:NativeMemoryTracking=summary"
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

java -Xmx1g -jar "$JAR" sandbox --port "$PORT" --fleet "$FLEET" >"$work/sandbox.out" 2>"$work/sandbox.err" &
pids+=($!)
for _ in $(seq 600); do grep -q "API token" "$work/sandbox.out" 2>/dev/null && break; sleep 1; done
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
if [[ -n ${LAUNCHER:-} ]]; then
  launcher=$(realpath "$LAUNCHER")
  (cd "$work/run" && BENCH_QC_TOKEN=$token LIVEOPS_JAR=$JAR LIVEOPS_JAVA_OPTS=$OPTS exec "$launcher" console \
      --config "$work/bot-config.json" < <(sleep $((WARMUP + 60))) >"$work/console.out" 2>"$work/console.err") &
else
  (cd "$work/run" && BENCH_QC_TOKEN=$token exec java $OPTS -jar "$JAR" console --config "$work/bot-config.json" \
      < <(sleep $((WARMUP + 60))) >"$work/console.out" 2>"$work/console.err") &
fi
pids+=($!)
liveops=""
for _ in $(seq 120); do
  liveops=$(pgrep -f -n "jar console --config $work/bot-config.json" || true)
  [[ -n $liveops ]] && break
  sleep 1
done
pids+=($liveops)
sleep "$WARMUP"
grep -q "baseline" "$work/run/data/liveops.log" 2>/dev/null || { echo "LiveOps took no baseline:" >&2; cat "$work/console.err" "$work/console.out" >&2; exit 1; }
rss=$(awk '/VmRSS/ {print $2}' "/proc/$liveops/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$liveops/status")
heap=$(jcmd "$liveops" GC.class_histogram | awk '/^Total/ {print $3}')
echo "watching $FLEET+3 deployments, ${WARMUP}s after start (${LAUNCHER:-java} ${OPTS:-without options}):"
echo "  live heap (reachable objects, after a full GC): $((heap / 1048576)) MiB"
echo "  RSS before that GC: $((rss / 1024)) MiB, peak RSS: $((hwm / 1024)) MiB; threads: $(ls /proc/$liveops/task | wc -l)"
echo "  JVM options in effect: $(tr '\0' ' ' <"/proc/$liveops/cmdline" | sed 's/ -jar .*//')"
if [[ ${NMT:-0} == 1 ]]; then
  jcmd "$liveops" VM.native_memory summary scale=MB | sed -n '/^Total/,$p' | grep -E '^(Total|-)|committed=' \
    | grep -E '^Total|^-' | sed 's/^/  /'
  echo "  RSS by mapping (MiB; [anon] is the heap, metaspace, stacks and malloc, which NMT splits above):"
  awk '/^[0-9a-f]+-[0-9a-f]+ / {name = NF >= 6 ? $6 : "[anon]"} /^Rss:/ {rss[name] += $2}
       END {for (n in rss) if (rss[n] >= 1024) printf "    %6.1f %s\n", rss[n] / 1024, n}' "/proc/$liveops/smaps" \
    | sort -rn | head -12
fi
