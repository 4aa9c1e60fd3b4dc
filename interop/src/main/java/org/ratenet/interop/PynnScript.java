package org.ratenet.interop;

import java.util.Map;

import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SimulationSpec;

/** The text of the exported PyNN script (see {@link PynnExport}). */
final class PynnScript {

    private PynnScript() {
    }

    static String render(ExperimentSpec experiment, Map<String, PynnCell> cells, Map<String, String> connectors, boolean rules) {
        NetworkSpec net = experiment.network();
        SimulationSpec simulation = experiment.simulation();
        double minDelay = simulation.dtMs();
        for (ProjectionSpec q : net.projections()) {
            minDelay = Math.min(minDelay, q.synapse().delayMs());
        }
        StringBuilder s = new StringBuilder();
        s.append("#!/usr/bin/env python3\n");
        s.append("\"\"\"").append(net.name()).append(": a network exported by ratenet (seed ").append(simulation.seed())
                .append("), for PyNN 0.10.\n\n");
        s.append("    python3 model.py nest|neuron|brian2 [--seed N] [--out DIR] [--duration MS]\n");
        s.append("    mpirun -np 4 python3 model.py nest      # PyNN distributes the network over the MPI processes\n\n");
        s.append(rules ? "Connections: drawn by PyNN's connectors with the same laws as ratenet's rules (another graph of the same law).\n"
                : "Connections: the ones ratenet built for seed " + simulation.seed() + " (connections/*.txt, PyNN's FromFileConnector format),\n"
                + "so that every simulator runs the same graph; --seed changes the drive and the initial state, not this graph.\n");
        s.append("Spikes: DIR/spikes_<population>.csv (neuron index in the population, time in ms), written by MPI rank 0.\n");
        s.append("As in ratenet: V is held at v_reset for tau_refrac after a spike and PSP jumps in that time are dropped; the\n");
        s.append("initial V is uniform in [v_reset, v_thresh); the Poisson drive is `inputs` independent trains per neuron.\n");
        s.append("\"\"\"\n");
        s.append("""
                import argparse
                import importlib
                import os

                import numpy as np

                parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
                parser.add_argument("simulator", choices=["nest", "neuron", "brian2"])
                """);
        s.append("parser.add_argument(\"--seed\", type=int, default=").append(simulation.seed()).append(")\n");
        s.append("parser.add_argument(\"--out\", default=\"pynn-output\")\n");
        s.append("parser.add_argument(\"--duration\", type=float, default=").append(simulation.durationMs()).append(")\n");
        s.append("""
                args = parser.parse_args()

                sim = importlib.import_module("pyNN." + args.simulator)
                from pyNN.random import NumpyRNG, RandomDistribution

                HERE = os.path.dirname(os.path.abspath(__file__))
                """);
        s.append("DT = ").append(simulation.dtMs()).append("\n");
        s.append("setup = {\"timestep\": DT, \"min_delay\": ").append(minDelay).append("}\n");
        s.append("""
                if args.simulator == "nest":
                    setup["rng_seed"] = args.seed
                sim.setup(**setup)
                BRIAN2 = args.simulator == "brian2"
                if BRIAN2:
                    import brian2
                    brian2.seed(args.seed)
                rng = NumpyRNG(seed=args.seed)


                def synapse(target, **parameters):
                    \"\"\"A static synapse; on Brian2, PSP jumps onto a refractory neuron are dropped (as in ratenet and NEST).\"\"\"
                    syn = sim.StaticSynapse(**parameters)
                    if BRIAN2 and type(target.celltype).__name__ == "IF_curr_delta":
                        syn.pre = "%(syn_var)s += weight*int(not_refractory_post)"
                    return syn


                def project(pre, post, file, receptor, unit, label):
                    \"\"\"A projection with the connections of `file` (PyNN's FromFileConnector format: i, j, weight, delay).\"\"\"
                    if not BRIAN2:
                        return sim.Projection(pre, post, sim.FromFileConnector(os.path.join(HERE, file)), synapse(post),
                                              receptor_type=receptor, label=label)
                    # PyNN's Brian2 backend connects a list target by target (minutes for 10^5 connections): one Brian2 call instead
                    data = np.loadtxt(os.path.join(HERE, file), ndmin=2)
                    prj = sim.Projection(pre, post, sim.FromListConnector(np.zeros((0, 4)), column_names=["weight", "delay"]),
                                         synapse(post), receptor_type=receptor, label=label)
                    synapses = prj._brian2_synapses[0][0]
                    synapses.connect(i=data[:, 0].astype(int), j=data[:, 1].astype(int))
                    synapses.weight = data[:, 2] * getattr(brian2, unit)
                    synapses.delay = data[:, 3] * brian2.ms
                    return compensated(prj, post)


                def compensated(prj, post):
                    \"\"\"On Brian2, PSP jumps as NEST and ratenet apply them.

                    Brian2 applies a spike after the threshold test of its step, so that V leaks one step before the next test;
                    for PSP jumps the spike is delivered one step earlier and without that leak instead, which gives V exactly the
                    jumps of NEST's iaf_psc_delta and of ratenet.
                    \"\"\"
                    if BRIAN2 and LEAK[post.label] != 1.0:
                        synapses = prj._brian2_synapses[0][0]
                        synapses.weight = synapses.weight[:] * LEAK[post.label]
                        synapses.delay = synapses.delay[:] - DT * brian2.ms
                    return prj


                def spikes_of(population):
                    \"\"\"The recorded spikes as (neuron index in the population, time in ms) arrays.\"\"\"
                    trains = population.get_data("spikes", gather=True).segments[0].spiketrains
                    ids, times = [], []
                    for train in trains:
                        if len(train) > 0:
                            source = train.annotations.get("source_id")
                            if source is None:
                                source = train.annotations["channel_id"]
                            ids.append(np.full(len(train), int(source)))
                            times.append(np.asarray(train.magnitude, dtype=float))
                    if not ids:
                        return np.zeros(0, dtype=int), np.zeros(0)
                    return population.id_to_index(np.concatenate(ids)), np.concatenate(times)


                class PoissonDrive:
                    \"\"\"`inputs` independent Poisson trains of `rate` (Hz) onto each neuron of `target`, from `start` to `stop` (ms).\"\"\"
                    all = []

                    def __init__(self, target, inputs, rate, weight, receptor, variable, unit, start, stop):
                        self.start, self.stop = start, stop
                        if BRIAN2:
                            # Brian2's PoissonInput draws the summed count of the `inputs` trains each step (binomially): exact,
                            # where one PyNN source at inputs*rate would emit at most one spike a step on Brian2
                            w = "%r*%s" % (weight * LEAK[target.label], unit) + ("*int(not_refractory)" if variable == "v" else "")
                            self.input = brian2.PoissonInput(target.brian2_group, variable, N=inputs, rate=rate * brian2.Hz, weight=w)
                            sim.state.network.add(self.input)
                        else:
                            source = sim.Population(target.size, sim.SpikeSourcePoisson(rate=inputs * rate, start=start,
                                                    duration=min(stop, args.duration) - start), label="drive of " + target.label)
                            sim.Projection(source, target, sim.OneToOneConnector(), sim.StaticSynapse(weight=weight, delay=DT),
                                           receptor_type=receptor)
                        PoissonDrive.all.append(self)


                populations = {}
                """);
        for (PynnCell c : cells.values()) {
            String v = variable(c.population());
            s.append(v).append(" = sim.Population(").append(c.size()).append(", sim.").append(c.cellType()).append("(");
            boolean first = true;
            for (Map.Entry<String, Double> p : c.parameters().entrySet()) {
                s.append(first ? "" : ", ").append(p.getKey()).append("=").append(PynnConnectors.python(p.getValue()));
                first = false;
            }
            s.append("), label=").append(quote(c.population())).append(")\n");
            s.append(v).append(".initialize(v=RandomDistribution(\"uniform\", low=").append(c.initialLowMv()).append(", high=")
                    .append(c.initialHighMv()).append(", rng=rng))\n");
            s.append(v).append(".record(\"spikes\")\n");
            s.append("populations[").append(quote(c.population())).append("] = ").append(v).append("\n\n");
        }
        s.append("\n# Brian2 only: the one step of leak of V that PSP jumps are spared (see compensated)\nLEAK = {");
        boolean firstLeak = true;
        for (PynnCell c : cells.values()) {
            double leak = c.cellType().equals("IF_curr_delta") ? Math.exp(simulation.dtMs() / c.parameters().get("tau_m")) : 1.0;
            s.append(firstLeak ? "" : ", ").append(quote(c.population())).append(": ").append(leak);
            firstLeak = false;
        }
        s.append("}\n");
        s.append("\n");
        for (ProjectionSpec q : net.projections()) {
            PynnCell target = cells.get(q.target());
            Receptor r = target.receptor(q.synapse(), q.name());
            String weights = rules ? "weight=" + PynnConnectors.python(q.synapse().weight() * r.weightFactor()) + ", delay="
                    + PynnConnectors.python(q.synapse().delayMs()) : "";
            if (rules) {
                s.append("compensated(sim.Projection(").append(variable(q.source())).append(", ").append(variable(q.target())).append(", ")
                        .append(connectors.get(q.name())).append(", synapse(").append(variable(q.target())).append(", ").append(weights)
                        .append("), receptor_type=").append(quote(r.type())).append(", label=").append(quote(q.name())).append("), ")
                        .append(variable(q.target())).append(")\n");
            } else {
                s.append("project(").append(variable(q.source())).append(", ").append(variable(q.target())).append(", ")
                        .append(quote(connectors.get(q.name()))).append(", ").append(quote(r.type())).append(", ").append(quote(r.brian2Unit()))
                        .append(", ").append(quote(q.name())).append(")\n");
            }
        }
        for (DriveSpec d : net.drives()) {
            if (d instanceof DriveSpec.Poisson p) {
                Receptor r = cells.get(d.target()).receptor(p.synapse(), "the drive of " + d.target());
                s.append("PoissonDrive(").append(variable(d.target())).append(", ").append(p.inDegree()).append(", ").append(p.rateHz()).append(", ")
                        .append(PynnConnectors.python(p.synapse().weight() * r.weightFactor())).append(", ").append(quote(r.type())).append(", ")
                        .append(quote(r.brian2Variable())).append(", ").append(quote(r.brian2Unit())).append(", ").append(p.startMs()).append(", ")
                        .append(PynnConnectors.python(p.stopMs())).append(")\n");
            }
        }
        s.append("""

                # run, switching Brian2's Poisson inputs on and off at their start and stop
                times = sorted({0.0, args.duration} | {t for d in PoissonDrive.all for t in (d.start, d.stop) if 0 < t < args.duration})
                for a, b in zip(times, times[1:]):
                    if BRIAN2:
                        for d in PoissonDrive.all:
                            d.input.active = d.start <= a < d.stop
                    sim.run(b - a)

                os.makedirs(args.out, exist_ok=True)
                for name, population in populations.items():
                    index, times = spikes_of(population)
                    if sim.rank() == 0:
                        with open(os.path.join(args.out, "spikes_%s.csv" % name), "w") as f:
                            f.write("neuron,time_ms\\n")
                            for i, t in zip(index, times):
                                f.write("%d,%r\\n" % (i, float(t)))
                sim.end()
                """);
        return s.toString();
    }

    /** A population's Python variable. */
    static String variable(String population) {
        return "pop_" + population.replaceAll("[^A-Za-z0-9_]", "_");
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
