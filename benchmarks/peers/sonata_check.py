#!/usr/bin/env python3
"""Reads a run folder's SONATA spike report (spikes.h5) with h5py and checks it against spikes.bin.

Usage: python3 benchmarks/peers/sonata_check.py RUN_FOLDER
Prints per population the spike count and the first and last spike (time in ms, node id) from both files, and exits 1
if they differ. Needs h5py (Debian: apt-get install python3-h5py).
"""
import struct
import sys

import h5py
import numpy as np


def read_bin(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"RNSPIKE1", "not a ratenet spikes.bin"
    dt = struct.unpack(">d", data[8:16])[0]
    (count,) = struct.unpack(">i", data[16:20])
    pos, populations = 20, []
    for _ in range(count):
        (length,) = struct.unpack(">H", data[pos:pos + 2])
        name = data[pos + 2:pos + 2 + length].decode("utf-8")
        first, size = struct.unpack(">ii", data[pos + 2 + length:pos + 10 + length])
        populations.append((name, first, size))
        pos += 10 + length
    (spikes,) = struct.unpack(">q", data[pos:pos + 8])
    pairs = np.frombuffer(data, dtype=">i4", offset=pos + 8, count=2 * spikes).reshape(-1, 2)
    return dt, populations, pairs


def main(folder):
    dt, populations, pairs = read_bin(f"{folder}/spikes.bin")
    report = h5py.File(f"{folder}/spikes.h5", "r")["spikes"]
    ok = True
    for name, first, size in populations:
        mine = pairs[(pairs[:, 1] >= first) & (pairs[:, 1] < first + size)]
        times, ids = mine[:, 0] * dt, mine[:, 1] - first
        if name in report:
            h5_times, h5_ids = report[name]["timestamps"][:], report[name]["node_ids"][:]
        else:
            h5_times, h5_ids = np.zeros(0), np.zeros(0, dtype=int)
        same = len(times) == len(h5_times) and np.allclose(times, h5_times) and np.array_equal(ids, h5_ids)
        ends = (f"first ({h5_times[0]:.1f} ms, {h5_ids[0]}), last ({h5_times[-1]:.1f} ms, {h5_ids[-1]})" if len(h5_times) else "no spikes")
        print(f"{name}: spikes.h5 {len(h5_times)} spikes, spikes.bin {len(times)}; {ends}: {'same' if same else 'DIFFERENT'}")
        ok &= same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
