"""Brunel (2000) model A in Brian2 (cpp_standalone), the same network as examples/brunel-a.yaml.

Prints one JSON object: E and I rates after the warm-up, the simulation wall time (Brian2's own timer,
without code generation and compilation) and the total wall time. Run by compare-brian2.sh; needs the
Debian package python3-brian (or pip's brian2) and a C++ compiler. ratenet itself never needs Python.
"""
import json
import sys
import tempfile
import time

import numpy as np
from brian2 import (NeuronGroup, PoissonInput, SpikeMonitor, Synapses, device, defaultclock, ms, mV, Hz,
                    prefs, run, set_device)

duration_ms = float(sys.argv[1]) if len(sys.argv) > 1 else 1000.0
warmup_ms = float(sys.argv[2]) if len(sys.argv) > 2 else 100.0
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 12345

started = time.perf_counter()
set_device('cpp_standalone', directory=tempfile.mkdtemp(prefix='ratenet-brian2-'))
prefs.devices.cpp_standalone.openmp_threads = 0
defaultclock.dt = 0.1 * ms

order = 2500
NE, NI = 4 * order, order
CE, CI = NE // 10, NI // 10
tau, theta, v_reset, t_ref = 20 * ms, 20 * mV, 0 * mV, 2 * ms
J, g, eta, delay = 0.1 * mV, 5.0, 2.0, 1.5 * ms
nu_ex = eta * theta / (J * CE * tau)          # 20 Hz per external input

neurons = NeuronGroup(NE + NI, 'dv/dt = -v/tau : volt (unless refractory)', threshold='v >= theta',
                      reset='v = v_reset', refractory=t_ref, method='exact')
rng = np.random.default_rng(seed)
neurons.v = rng.uniform(0, 20, NE + NI) * mV   # uniform between reset and threshold, as ratenet starts

# fixed in-degree with multapses and autapses allowed (NEST's fixed_indegree defaults)
post = np.repeat(np.arange(NE + NI), CE)
exc = Synapses(neurons, neurons, on_pre='v_post += J * int(not_refractory_post)', delay=delay)
exc.connect(i=rng.integers(0, NE, size=post.size), j=post)
post = np.repeat(np.arange(NE + NI), CI)
inh = Synapses(neurons, neurons, on_pre='v_post += -g * J * int(not_refractory_post)', delay=delay)
inh.connect(i=NE + rng.integers(0, NI, size=post.size), j=post)
drive = PoissonInput(neurons, 'v', CE, nu_ex, weight='J * int(not_refractory)')

spikes = SpikeMonitor(neurons)
run(duration_ms * ms)

t = np.asarray(spikes.t / ms)
i = np.asarray(spikes.i)
late = t >= warmup_ms
seconds = (duration_ms - warmup_ms) / 1000.0
print(json.dumps({
    "simulator": "brian2 " + __import__('brian2').__version__ + " cpp_standalone",
    "rate_e_hz": float(np.sum(late & (i < NE)) / NE / seconds),
    "rate_i_hz": float(np.sum(late & (i >= NE)) / NI / seconds),
    "simulation_wall_s": float(device._last_run_time),
    "total_wall_s": time.perf_counter() - started,
}))
