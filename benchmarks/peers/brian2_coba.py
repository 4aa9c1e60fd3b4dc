"""The COBA benchmark (Brette et al. 2007) in Brian2 (cpp_standalone), the same network as examples/coba.yaml.

4000 LIF neurons (3200 E, 800 I), exponential conductance synapses (6 nS / 67 nS, 5 ms / 10 ms, 0 mV / -80 mV),
pairwise connection probability 0.02, delay 0.1 ms, refractory 5 ms, kicked for the first 50 ms by 20 Poisson inputs
of 50 Hz per neuron through excitatory synapses, then self-sustained. Prints one JSON object like brian2_brunel_a.py.
"""
import json
import sys
import tempfile
import time

import numpy as np
from brian2 import (NeuronGroup, PoissonInput, SpikeMonitor, Synapses, device, defaultclock, ms, mV, nS, pF, Hz,
                    prefs, run, set_device, seed as brian_seed)

duration_ms = float(sys.argv[1]) if len(sys.argv) > 1 else 1000.0
warmup_ms = float(sys.argv[2]) if len(sys.argv) > 2 else 200.0
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 12345

started = time.perf_counter()
set_device('cpp_standalone', directory=tempfile.mkdtemp(prefix='ratenet-brian2-coba-'), build_on_run=False)
prefs.devices.cpp_standalone.openmp_threads = 0
defaultclock.dt = 0.1 * ms
brian_seed(seed)

N, NE = 4000, 3200
Cm, gL, EL, Vt, Vr = 200 * pF, 10 * nS, -60 * mV, -50 * mV, -60 * mV
taue, taui, Ee, Ei = 5 * ms, 10 * ms, 0 * mV, -80 * mV
we, wi = 6 * nS, 67 * nS
eqs = '''
dv/dt = (gL * (EL - v) + ge * (Ee - v) + gi * (Ei - v)) / Cm : volt (unless refractory)
dge/dt = -ge / taue : siemens
dgi/dt = -gi / taui : siemens
'''
neurons = NeuronGroup(N, eqs, threshold='v >= Vt', reset='v = Vr', refractory=5 * ms, method='exponential_euler')
neurons.v = 'Vr + rand() * (Vt - Vr)'
exc = Synapses(neurons[:NE], neurons, on_pre='ge += we', delay=0.1 * ms)
exc.connect(p=0.02, condition='i != j')
inh = Synapses(neurons[NE:], neurons, on_pre='gi += wi', delay=0.1 * ms)
inh.connect(p=0.02)
kick = PoissonInput(neurons, 'ge', 20, 50 * Hz, weight=we)
spikes = SpikeMonitor(neurons)
run(50 * ms)
kick.active = False
run((duration_ms - 50) * ms)
device.build(directory=None)

t = np.asarray(spikes.t / ms)
i = np.asarray(spikes.i)
late = t >= warmup_ms
seconds = (duration_ms - warmup_ms) / 1000.0
print(json.dumps({
    "simulator": "brian2 " + __import__('brian2').__version__ + " cpp_standalone",
    "rate_e_hz": float(np.sum(late & (i < NE)) / NE / seconds),
    "rate_i_hz": float(np.sum(late & (i >= NE)) / (N - NE) / seconds),
    "simulation_wall_s": float(device._last_run_time),
    "total_wall_s": time.perf_counter() - started,
}))
