#!/usr/bin/env bash
# COBA on 2 threads against 1 (issue 20), next to what this machine's two processors give at that moment: each round
# times COBA on 1 thread alone, then two independent 1-thread runs side by side (one pinned to each processor, nothing
# shared), then COBA on 2 threads, each as the median of 5 rounds of 10,000 steps (org.ratenet.bench.CobaSteps). The
# side-by-side pair bounds any 2-thread speed-up: on a virtual machine whose host is busy, two processes may each run
# far slower than one alone.
#   usage: benchmarks/coba-two-cores.sh [ROUNDS]     (after ./mvnw -B -pl benchmarks -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "build the benchmarks first: ./mvnw -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset (util-linux) is needed to pin the side-by-side runs" >&2; exit 1; }
[ "$(nproc)" -ge 2 ] || { echo "needs at least 2 processors, this machine has $(nproc)" >&2; exit 1; }
steps() { java --add-modules=jdk.incubator.vector -cp "$jar" org.ratenet.bench.CobaSteps "$@" 2>/dev/null | tail -1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for k in $(seq 1 "$rounds"); do
  alone=$(steps 1)
  taskset -c 1 java --add-modules=jdk.incubator.vector -cp "$jar" org.ratenet.bench.CobaSteps 1 2>/dev/null | tail -1 > "$out/b" &
  a=$(taskset -c 0 java --add-modules=jdk.incubator.vector -cp "$jar" org.ratenet.bench.CobaSteps 1 2>/dev/null | tail -1)
  wait
  b=$(cat "$out/b")
  two=$(steps 2)
  echo "$alone $a $b $two" >> "$out/rounds"
done
awk '{ c = 2 * $1 / (($2 + $3) / 2); s = $1 / $4   # c: the work of two processes side by side, in units of one alone
       printf "round %d: 1 thread %.2f us/step; side by side %.2f and %.2f (the two processors give %.2fx one); 2 threads %.2f us/step: %.2fx\n", NR, $1, $2, $3, c, $4, s
       print s > "'"$out/speedup"'"; print c > "'"$out/capacity"'" }' "$out/rounds"
median() { sort -g "$1" | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median of $rounds: 2 threads $(median "$out/speedup")x one (target >= 1.5); the processors side by side $(median "$out/capacity")x one"
