package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;

/**
 * {@link RowPrefetch} reads ahead of delivery through rows of every shape: empty projections, empty rows (also the last
 * one, whose start is the end of the arrays), rows shorter than a cache line, drawn weights and delays, on 1-3 threads
 * (where each block reads its own segment of each row). The reads change no result, and a call reads one entry per cache
 * line up to its budget of {@link RowPrefetch#MAX_LINES} lines.
 */
class RowPrefetchTest {

    private static final Ratenet RATENET = Ratenet.create();

    @Test
    void readingAheadThroughSparseEmptyAndDrawnRowsChangesNoSpike() {
        ComponentSpec lif = SpikingEngineTest.lif(10, 2);
        ComponentSpec sparse = ComponentSpec.of("pairwise_bernoulli", ParameterSet.builder().put("p", 0.004).build());
        ComponentSpec none = ComponentSpec.of("pairwise_bernoulli", ParameterSet.builder().put("p", 0.0).build());
        ComponentSpec dense = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 40).build());
        NetworkSpec spec = NetworkSpec.builder("rows").population("E", 400, lif).population("I", 100, lif)
                .projection("E", "E", dense, SynapseSpec.delta(0.3, 1.5).withWeights("normal", 0.05).withDelays(3.0))
                .projection("E", "I", sparse, SynapseSpec.delta(2.0, 1.0))
                .projection("I", "E", none, SynapseSpec.delta(-1.0, 1.0))
                .projection("I", "I", sparse, SynapseSpec.delta(-1.0, 2.0).withDelays(4.0))
                .drive(new DriveSpec.Poisson("E", 60, 100, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("I", 60, 100, SynapseSpec.delta(0.2, 0)))
                .build();
        String reference = null;
        for (int threads = 1; threads <= 3; threads++) {
            SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(300, 0.1, 0, 3), RATENET.registries());
            for (int q : new int[] {1, 3}) { // seed 3 leaves the last source of both sparse projections without a target
                int[] rowStart = net.projections.get(q).rowStart();
                assertEquals(rowStart[rowStart.length - 2], rowStart[rowStart.length - 1], "the last row of projection " + q + " is empty");
            }
            assertEquals(0, net.projections.get(2).synapses());
            try (SpikingEngine engine = new SpikingEngine(net, threads)) {
                engine.run(3000);
                assertTrue(engine.spikes().size() > 500, "the network is active: " + engine.spikes().size());
                if (reference == null) {
                    reference = engine.spikes().hash();
                }
                assertEquals(reference, engine.spikes().hash(), threads + " threads");
            }
        }
    }

    @Test
    void aCallReadsOneEntryPerCacheLineUpToItsBudget() {
        WindowSpikes spikes = new WindowSpikes(1, 1);
        spikes.clear();
        spikes.startStep();
        spikes.startPopulation(0);
        spikes.add(5); // global neuron 5: local source 0 of a population that begins at 5
        char[] targets = new char[1_000_000];
        Arrays.fill(targets, (char) 1); // so that the sum counts the entries read
        for (int[] rowStart : new int[][] {{0, 100}, {0, 1_000_000}}) {
            Projection p = new Projection("row", 0, rowStart, Targets.narrow(targets, 0), 1f, null, 1, null, 0);
            int read = RowPrefetch.touch(p, 5, new WindowSpikes[] {spikes}, 0, rowStart, 1, 0);
            // 32 two-byte targets a line: a row of 100 is read at 0, 32, 64 and 96; a long one up to 256 kB, 131,073 targets
            int expected = rowStart[1] == 100 ? 4 : (RowPrefetch.MAX_LINES * 64 / 2 + 1 + 31) / 32;
            assertEquals(expected, read, "row of " + rowStart[1]);
        }
    }
}
