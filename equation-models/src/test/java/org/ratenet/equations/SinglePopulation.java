package org.ratenet.equations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.rng.simple.RandomSource;
import org.ratenet.api.dynamics.InputChannel;
import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SynapticInput;
import org.ratenet.api.param.ParameterSet;

/** One population of a model driven outside the engine: a constant current, optional jumps, spike times recorded. */
final class SinglePopulation {

    final PopulationDynamics dynamics;
    final int size;
    final double dt;
    final double[] buffer;
    final List<List<Double>> spikeTimes = new ArrayList<>();
    long step;

    SinglePopulation(EquationModel model, ParameterSet parameters, int size, double dt, double currentPa, List<InputChannel> channels) {
        this.size = size;
        this.dt = dt;
        List<InputChannel> all = new ArrayList<>();
        all.add(InputChannel.jump());
        all.addAll(channels);
        this.buffer = new double[all.size() * size];
        this.dynamics = model.dynamics(model.build(parameters), new PopulationContext("P", size, dt, all, currentPa, RandomSource.XO_RO_SHI_RO_128_PP.create(7L)));
        for (int i = 0; i < size; i++) {
            spikeTimes.add(new ArrayList<>());
        }
    }

    SinglePopulation(EquationModel model, ParameterSet parameters, int size, double dt, double currentPa) {
        this(model, parameters, size, dt, currentPa, List.of());
    }

    /** Runs {@code steps} steps with nothing arriving. */
    void run(long steps) {
        for (long s = 0; s < steps; s++) {
            step();
        }
    }

    /** One step with what is in {@link #buffer}, which is then cleared. */
    void step() {
        long now = step;
        dynamics.update(0, size, now, new SynapticInput() {
            public double[] buffer() {
                return buffer;
            }

            public int offset(int channel) {
                return channel * size;
            }
        }, i -> spikeTimes.get(i).add((now + 1) * dt));
        Arrays.fill(buffer, 0);
        step++;
    }

    double[] variable(String name) {
        return dynamics.state().variable(name).values();
    }
}
