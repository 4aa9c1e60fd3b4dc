#!/usr/bin/env bash
# Spark's overhead on a sweep (issue 18): the same 64-point spiking sweep of Brunel model A (order 500, 500 ms per
# point) with the local engine on 2 threads and with the spark engine on local[2], one after the other in this run;
# prints both wall times (whole commands, JVM start included), the overhead, and whether the CSVs are identical.
#   usage: benchmarks/sweep-overhead.sh [POINTS_PER_AXIS] [ORDER] [TIME_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-8}; order=${2:-500}; time_ms=${3:-500}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
g="3:$(python3 -c "print(3 + 0.5 * ($n - 1))" 2>/dev/null || echo 6.5):0.5"
eta="1:$(python3 -c "print(1 + 0.25 * ($n - 1))" 2>/dev/null || echo 2.75):0.25"
grid=(sweep examples/brunel-a.yaml --level spiking --time "$time_ms" --set "order=$order" --set "g=$g" --set "eta=$eta" --quiet)
./ratenet --version >/dev/null 2>&1 || true                            # build the jars before timing
./ratenet "${grid[@]}" --engine spark --master 'local[1]' --out "$out/warm" >/dev/null 2>&1 || true
rm -rf "$out/warm"
t0=$(date +%s.%N); ./ratenet "${grid[@]}" --parallel 2 --out "$out/local" >/dev/null; t1=$(date +%s.%N)
./ratenet "${grid[@]}" --engine spark --master 'local[2]' --out "$out/spark" >/dev/null 2>&1; t2=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" "$(wc -l < "$out/local/sweep.csv")" <<'PY'
import sys
t0, t1, t2, lines = map(float, sys.argv[1:])
local, spark = t1 - t0, t2 - t1
print(f"{int(lines) - 1} points: local engine (--parallel 2) {local:.1f} s, spark engine (local[2]) {spark:.1f} s, "
      f"overhead {100 * (spark - local) / local:+.1f} % (target <= 15 %)")
PY
if cmp -s "$out/local/sweep.csv" "$out/spark/sweep.csv"; then echo "CSV identical"; else echo "CSV DIFFERENT"; exit 1; fi
