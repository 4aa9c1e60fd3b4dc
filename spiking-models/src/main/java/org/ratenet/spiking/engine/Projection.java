package org.ratenet.spiking.engine;

/**
 * The outgoing connections of one projection in compressed sparse rows: the targets of local source neuron s are
 * synapses {@code rowStart[s] .. rowStart[s+1]} of {@code targets} ({@link Targets}: 16-bit indices within the target
 * population where it has at most 65,536 neurons and the projection is static, else 32-bit global indices). One weight
 * (PSP jump in mV on channel 0, current jump in pA on a current channel; stored as float), one delay (in steps) and one
 * input channel for the whole projection: 2 or 4 bytes per synapse; drawn weights add a float per synapse
 * ({@code weights}, null when constant), drawn delays a short per synapse ({@code delays}, in steps, null when constant;
 * {@code delaySteps} is then the shortest); a plastic projection adds its {@link PlasticSynapses} (weights then come
 * from there, the drawn ones only giving their starting values).
 */
record Projection(String name, int sourcePopulation, int[] rowStart, Targets targets, float weight, float[] weights, int delaySteps,
                  short[] delays, int channel, PlasticSynapses plastic) {

    Projection(String name, int sourcePopulation, int[] rowStart, Targets targets, float weight, float[] weights, int delaySteps,
               short[] delays, int channel) {
        this(name, sourcePopulation, rowStart, targets, weight, weights, delaySteps, delays, channel, null);
    }

    /** The same connections under a plasticity rule. */
    Projection withPlasticity(PlasticSynapses state) {
        return new Projection(name, sourcePopulation, rowStart, targets, weight, weights, delaySteps, delays, channel, state);
    }

    long synapses() {
        return targets.size();
    }

    /** Bytes of connectivity: 2 or 4 per target, 4 per drawn weight, 2 per drawn delay, the row offsets and the shared weight and delay. */
    long bytes() {
        return targets.bytes() + (weights == null ? 0 : 4L * weights.length) + (delays == null ? 0 : 2L * delays.length)
                + 4L * rowStart.length + 8 + (plastic == null ? 0 : plastic.bytes());
    }
}
