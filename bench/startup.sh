#!/usr/bin/env bash
# Start-up to the first answer: the wall time from starting `echo list | java ... -jar target/liveops.jar` (the
# offline demo: embedded sandbox, SQLite store, console) until the console prints the answer's first line ("[ok]").
# The process is then stopped; its shutdown is not counted. Prints each run and the median, min and max in ms, and
# the CPU time the JVM had used by then (user + system, from /proc/PID/stat): on a busy machine the wall time mostly
# measures the other processes, the CPU time much less so.
#
#   bench/startup.sh                    # 10 runs, plain `java -jar`
#   RUNS=20 bench/startup.sh --cds      # with an AppCDS archive of the classes a `list` loads (made first if missing)
#   JAVA_OPTS='-XX:+UseSerialGC' bench/startup.sh --cds
#   LAUNCHER=./liveops bench/startup.sh  # through the launcher script: its archive (made first if missing), its options
#   JAR=/tmp/other.jar bench/startup.sh  # another build, e.g. to interleave before/after runs
#
# Needs `mvn -B -o package -DskipTests` first. The archive (target/liveops.jsa) is made by one training run with
# -XX:ArchiveClassesAtExit (JDK 17's dynamic archive) and is valid only for the jar it was made with.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
JAR=${JAR:-target/liveops.jar}
JSA=${JSA:-${JAR%.jar}.jsa}
OPTS=${JAVA_OPTS:-}

if [[ ${1:-} == "--cds" ]]; then
  if [[ ! -f $JSA || $JSA -ot $JAR ]]; then
    echo "Making $JSA from one training run of 'list'" >&2
    printf 'list\nread momentum\n' | java -XX:ArchiveClassesAtExit="$JSA" $OPTS -jar "$JAR" >/dev/null 2>&1
  fi
  OPTS="-XX:SharedArchiveFile=$JSA $OPTS"
fi

# One start, replacing the calling (sub)shell, so that $! below is the JVM itself.
exec_liveops() {
  if [[ -n ${LAUNCHER:-} ]]; then
    LIVEOPS_JAR=$JAR LIVEOPS_JAVA_OPTS=$OPTS exec "$LAUNCHER" "$@"
  else
    exec java $OPTS -jar "$JAR" "$@"
  fi
}
if [[ -n ${LAUNCHER:-} ]]; then
  LAUNCHER=$(realpath "$LAUNCHER")
  (exec_liveops --version >/dev/null) # makes the launcher's archive now, if it has none, so that no run below trains
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
times=()
cpus=()
for run in $(seq "$RUNS"); do
  mkfifo "$work/out"
  start=$(date +%s%N)
  echo list | exec_liveops >"$work/out" 2>/dev/null &
  pid=$!
  end=""
  while IFS= read -r line; do
    if [[ $line == *"[ok]"* ]]; then
      end=$(date +%s%N)
      read -r -a stat <"/proc/$pid/stat"
      cpu=$(( (stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK) ))
      break
    fi
  done <"$work/out"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$work/out"
  [[ -n $end ]] || { echo "run $run: no answer" >&2; exit 1; }
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  cpus+=("$cpu")
  echo "run $run: $ms ms wall, $cpu ms CPU"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
cpu_sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "wall: median ${sorted[$(( RUNS / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( RUNS - 1 ))]} ms;" \
  "CPU: median ${cpu_sorted[$(( RUNS / 2 ))]} ms; $RUNS runs, ${LAUNCHER:-java} ${OPTS:-without options}, load $(cut -d' ' -f1 /proc/loadavg)"
