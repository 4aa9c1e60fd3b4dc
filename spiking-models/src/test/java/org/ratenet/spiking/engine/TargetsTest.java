package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;

/**
 * 16-bit and 32-bit targets are the same list: same global indices, binary searches and hash (the checkpoint's network
 * fingerprint), half the bytes; a target population beyond 65,536 neurons keeps 32-bit targets and its far neurons
 * receive their inputs.
 */
class TargetsTest {

    @Test
    void narrowAndWideTargetsAreTheSameList() {
        SplittableRandom random = new SplittableRandom(7);
        int offset = 1234;
        char[] local = new char[5000];
        for (int i = 0; i < local.length; i++) {
            local[i] = (char) random.nextInt(Targets.NARROW_LIMIT);
        }
        Arrays.sort(local);
        int[] global = new int[local.length];
        for (int i = 0; i < local.length; i++) {
            global[i] = offset + local[i];
        }
        Targets narrow = Targets.narrow(local, offset);
        Targets wide = Targets.wide(global);
        assertEquals(Arrays.hashCode(global), narrow.hash());
        assertEquals(Arrays.hashCode(global), wide.hash());
        for (int e = 0; e < local.length; e += 7) {
            assertEquals(global[e], narrow.get(e));
        }
        for (int key = offset - 10; key < offset + Targets.NARROW_LIMIT + 10; key += 97) {
            assertEquals(wide.lowerBound(100, 4000, key), narrow.lowerBound(100, 4000, key), "key " + key);
        }
        assertEquals(2L * local.length, narrow.bytes());
        assertEquals(4L * local.length, wide.bytes());
        assertThrows(IllegalStateException.class, narrow::wide);
        assertThrows(IllegalStateException.class, wide::narrow);
    }

    @Test
    void aTargetPopulationBeyond65536NeuronsKeeps32BitTargetsAndItsFarNeuronsFire() {
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("V_th", 20, Unit.MV)
                .put("V_reset", 10, Unit.MV).put("t_ref", 2, Unit.MS).build());
        ComponentSpec one = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 1).build());
        // S fires (strong drive); each of B's 70,000 neurons has one input from S that alone crosses the threshold
        NetworkSpec spec = NetworkSpec.builder("wide").population("S", 100, lif).population("B", 70_000, lif)
                .projection("S", "B", one, SynapseSpec.delta(25, 0.5))
                .drive(new DriveSpec.Poisson("S", 1000, 100, SynapseSpec.delta(1, 0))).build();
        SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(30, 0.1, 0, 3), Ratenet.create().registries());
        assertTrue(net.bytesPerSynapse() >= 4, "32-bit targets: " + net.bytesPerSynapse());
        try (SpikingEngine engine = new SpikingEngine(net, 2)) {
            engine.run(300);
            SpikeTrains spikes = engine.spikes();
            SynapseTable table = engine.synapses("S->B");
            int[] sourceOf = new int[70_000];
            for (int e = 0; e < table.size(); e++) {
                sourceOf[table.targets()[e]] = table.sources()[e];
            }
            java.util.Set<Long> fired = new java.util.HashSet<>();
            for (int k = 0; k < spikes.size(); k++) {
                fired.add((long) spikes.step(k) << 32 | spikes.neuron(k));
            }
            int far = 0;
            for (int k = 0; k < spikes.size(); k++) {
                int b = spikes.neuron(k) - 100;
                if (b >= 0) { // B fires only from its one input: its source fired one delay (5 steps) before
                    assertTrue(fired.contains((long) (spikes.step(k) - 5) << 32 | sourceOf[b]), "B neuron " + b + " at step " + spikes.step(k));
                    far += b >= Targets.NARROW_LIMIT ? 1 : 0;
                }
            }
            assertTrue(far > 0, "a neuron of B beyond index 65,536 fired");
        }
    }
}
