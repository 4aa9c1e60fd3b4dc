#!/usr/bin/env bash
# Runs Brunel model A (examples/brunel-a.yaml) or the COBA benchmark (examples/coba.yaml) in ratenet and, when it
# is installed, in Brian2 (cpp_standalone), and prints wall times and rates side by side.
#   usage: benchmarks/peers/compare-brian2.sh [brunel-a|coba] [DURATION_MS]
#   Brian2: sudo apt-get install python3-brian   (Debian; needs a C++ compiler)
set -euo pipefail
cd "$(dirname "$0")/../.."
model=brunel-a
if [[ "${1:-}" =~ ^(brunel-a|coba)$ ]]; then model=$1; shift; fi
duration=${1:-1000}
case $model in
    brunel-a) warmup=100; script=benchmarks/peers/brian2_brunel_a.py; title="Brunel model A" ;;
    coba) warmup=200; script=benchmarks/peers/brian2_coba.py; title="COBA (Brette et al. 2007)" ;;
esac

ratenet_json=$(./ratenet simulate "examples/$model.yaml" --time "$duration" --json)
python=""
for candidate in ${PYTHON:-} python3 /usr/bin/python3; do   # PYTHON=... picks an interpreter
    if "$candidate" -c 'import brian2' 2>/dev/null; then python=$candidate; break; fi
done
if [ -z "$python" ]; then
    echo "Brian2 is not installed (Debian: apt-get install python3-brian); ratenet alone:"
    echo "$ratenet_json"
    exit 0
fi
brian_json=$("$python" "$script" "$duration" "$warmup" 2>/dev/null | tail -n 1)

"$python" - "$ratenet_json" "$brian_json" "$duration" "$title" <<'PY'
import json, sys
r, b, duration, title = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3], sys.argv[4]
rates = {p["name"]: p["rate_hz"] for p in r["populations"]}
perf = r["performance"]
print(f"{title}, {duration} ms of biological time, one thread each")
print(f"{'':28}{'ratenet':>14}{'Brian2':>14}")
print(f"{'E rate (Hz)':28}{rates['E']:14.2f}{b['rate_e_hz']:14.2f}")
print(f"{'I rate (Hz)':28}{rates['I']:14.2f}{b['rate_i_hz']:14.2f}")
print(f"{'simulation wall (s)':28}{perf['wall_s']:14.2f}{b['simulation_wall_s']:14.2f}")
print(f"{'build + simulation (s)':28}{perf['build_s'] + perf['wall_s']:14.2f}{b['total_wall_s']:14.2f}   (Brian2 includes C++ code generation and compilation)")
print(b["simulator"])
PY
