#!/usr/bin/env bash
# Runs Brunel model A (examples/brunel-a.yaml) in ratenet and, when it is installed, in Brian2
# (cpp_standalone), and prints wall times and rates side by side.
#   usage: benchmarks/peers/compare-brian2.sh [DURATION_MS]
#   Brian2: sudo apt-get install python3-brian   (Debian; needs a C++ compiler)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-1000}
warmup=100

ratenet_json=$(./ratenet simulate examples/brunel-a.yaml --time "$duration" --json)
python=""
for candidate in ${PYTHON:-} python3 /usr/bin/python3; do   # PYTHON=... picks an interpreter
    if "$candidate" -c 'import brian2' 2>/dev/null; then python=$candidate; break; fi
done
if [ -z "$python" ]; then
    echo "Brian2 is not installed (Debian: apt-get install python3-brian); ratenet alone:"
    echo "$ratenet_json"
    exit 0
fi
brian_json=$("$python" benchmarks/peers/brian2_brunel_a.py "$duration" "$warmup" 2>/dev/null | tail -n 1)

"$python" - "$ratenet_json" "$brian_json" "$duration" <<'PY'
import json, sys
r, b, duration = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3]
rates = {p["name"]: p["rate_hz"] for p in r["populations"]}
perf = r["performance"]
print(f"Brunel model A, {duration} ms of biological time, one thread each")
print(f"{'':28}{'ratenet':>14}{'Brian2':>14}")
print(f"{'E rate (Hz)':28}{rates['E']:14.2f}{b['rate_e_hz']:14.2f}")
print(f"{'I rate (Hz)':28}{rates['I']:14.2f}{b['rate_i_hz']:14.2f}")
print(f"{'simulation wall (s)':28}{perf['wall_s']:14.2f}{b['simulation_wall_s']:14.2f}")
print(f"{'build + simulation (s)':28}{perf['build_s'] + perf['wall_s']:14.2f}{b['total_wall_s']:14.2f}   (Brian2 includes C++ code generation and compilation)")
print(b["simulator"])
PY
