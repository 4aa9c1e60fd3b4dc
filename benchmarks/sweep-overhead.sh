#!/usr/bin/env bash
# Spark's overhead on a sweep (issue 18): the same 64-point spiking sweep of Brunel model A (order 500, 500 ms per
# point) with the local engine on 2 threads and with the spark engine on local[2], one after the other, REPEAT times
# (default 5) in this run, alternating, after one untimed pair; prints each pair of wall times (whole commands through
# the launcher, JVM start included), the medians and the overhead of the medians, and checks that every CSV is identical.
#   usage: [REPEAT=N] benchmarks/sweep-overhead.sh [POINTS_PER_AXIS] [ORDER] [TIME_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-8}; order=${2:-500}; time_ms=${3:-500}; repeat=${REPEAT:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
g="3:$(python3 -c "print(3 + 0.5 * ($n - 1))" 2>/dev/null || echo 6.5):0.5"
eta="1:$(python3 -c "print(1 + 0.25 * ($n - 1))" 2>/dev/null || echo 2.75):0.25"
grid=(sweep examples/brunel-a.yaml --level spiking --time "$time_ms" --set "order=$order" --set "g=$g" --set "eta=$eta" --quiet)
# build the jars and record their class-data archives before timing (a 2-point sweep on each engine)
warm=(sweep examples/brunel-a.yaml --level spiking --time 10 --set "order=$order" --set g=3 --set eta=1,2 --quiet)
./ratenet "${warm[@]}" --parallel 1 --out "$out/warm-local" >/dev/null
./ratenet "${warm[@]}" --engine spark --master 'local[1]' --out "$out/warm-spark" >/dev/null 2>&1
# one untimed pair of the grid itself: the first timed local run took 9.4-10.7 s against 5.3-6.4 s for the others in
# two runs of this script, both right after the launcher had recorded Spark's class-data archive (83 MB)
./ratenet "${grid[@]}" --parallel 2 --out "$out/untimed-local" >/dev/null
./ratenet "${grid[@]}" --engine spark --master 'local[2]' --out "$out/untimed-spark" >/dev/null 2>&1
seconds() { python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$1" "$2"; }
: > "$out/times"
for k in $(seq 1 "$repeat"); do
  t0=$(date +%s.%N); ./ratenet "${grid[@]}" --parallel 2 --out "$out/local$k" >/dev/null; t1=$(date +%s.%N)
  ./ratenet "${grid[@]}" --engine spark --master 'local[2]' --out "$out/spark$k" >/dev/null 2>&1; t2=$(date +%s.%N)
  echo "$(seconds "$t0" "$t1") $(seconds "$t1" "$t2")" >> "$out/times"
  cmp -s "$out/local1/sweep.csv" "$out/local$k/sweep.csv" && cmp -s "$out/local1/sweep.csv" "$out/spark$k/sweep.csv" \
    || { echo "CSV DIFFERENT in repetition $k"; exit 1; }
done
python3 - "$out/times" "$(($(wc -l < "$out/local1/sweep.csv") - 1))" <<'PY'
import statistics, sys
pairs = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
for k, (local, spark) in enumerate(pairs, 1):
    print(f"run {k}: local engine (--parallel 2) {local:.2f} s, spark engine (local[2]) {spark:.2f} s, "
          f"overhead {100 * (spark - local) / local:+.1f} %")
local = statistics.median(p[0] for p in pairs)
spark = statistics.median(p[1] for p in pairs)
print(f"{sys.argv[2]} points, median of {len(pairs)}: local {local:.2f} s, spark {spark:.2f} s, "
      f"overhead {100 * (spark - local) / local:+.1f} % (target <= 15 %)")
PY
echo "CSV identical (every run, both engines)"
