package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@link RowPrefetch} reads one entry of every cache line of each spike's row (or row segment) in every per-synapse array,
 * through rows of every shape (empty, also the last one, whose start is the end of the arrays; shorter than a line;
 * segments of a block split), up to its budget of {@link RowPrefetch#MAX_LINES} lines a call, and only the first line of
 * a plastic row. Each test fills the arrays with entries that add 1 to the sum, so that the sum counts the entries read;
 * the plastic one marks its row's first entries, so that the sum also says which were read. A network large enough to
 * be read ahead gives the same spikes on 1-3 threads.
 */
class RowPrefetchTest {

    private static final Ratenet RATENET = Ratenet.create();
    /** The raw bits of a float and of a double whose low 32 bits are 1. */
    private static final float FLOAT_ONE_BIT = Float.intBitsToFloat(1);
    private static final double DOUBLE_ONE_BIT = Double.longBitsToDouble(1);

    /** Source population of five neurons beginning at global neuron 5, every one of them spiking in window step 0. */
    private static WindowSpikes allFiveSpike() {
        WindowSpikes spikes = new WindowSpikes(1, 1);
        spikes.clear();
        spikes.startStep();
        spikes.startPopulation(0);
        for (int g = 5; g < 10; g++) {
            spikes.add(g);
        }
        return spikes;
    }

    @Test
    void everyLineOfEveryArrayOfEachRowIsReadOnceAndEmptyRowsNotAtAll() {
        int[] rowStart = {0, 0, 5, 5, 100, 100}; // empty, 5, empty, 95, empty at the end of the arrays
        char[] targets = new char[100];
        Arrays.fill(targets, (char) 1);
        float[] weights = new float[100];
        Arrays.fill(weights, FLOAT_ONE_BIT);
        short[] delays = new short[100];
        Arrays.fill(delays, (short) 1);
        Projection p = new Projection("rows", 0, rowStart, Targets.narrow(targets, 0), 1f, weights, 1, delays, 0);
        WindowSpikes[] spikes = {allFiveSpike()};
        // rows of 5 and 95: targets (32 a line) 1 + 3, weights (16 a line) 1 + 6, delays (32 a line) 1 + 3
        assertEquals(15, RowPrefetch.touch(p, 5, spikes, 0, rowStart, 1, 0));
        // two blocks split the row of 5 after its end and the row of 95 at synapse 40 ([start of block 0, of block 1, end])
        int[] split = {0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 40, 100, 100, 100, 100};
        // block 0 reads [0, 5) and [5, 40): targets 1 + 2, weights 1 + 3, delays 1 + 2
        assertEquals(10, RowPrefetch.touch(p, 5, spikes, 0, split, 3, 0));
        // block 1 reads [40, 100): targets 2, weights 4, delays 2
        assertEquals(8, RowPrefetch.touch(p, 5, spikes, 0, split, 3, 1));
    }

    @Test
    void plasticRowsAreReadInTheFirstLineOfTheirTargetsAndOfTheirWeights() {
        int[] rowStart = {0, 40, 40, 40, 40, 40};
        int[] targets = new int[40];
        Arrays.fill(targets, 1);
        targets[0] = 100; // the row's first entries add 100 and 1000, every other one 1: the sum says which were read
        PlasticSynapses plastic = new PlasticSynapses(null, 1, rowStart, targets, 0, 1);
        Arrays.fill(plastic.weights, DOUBLE_ONE_BIT);
        plastic.weights[0] = Double.longBitsToDouble(1000);
        Projection p = new Projection("plastic", 0, rowStart, Targets.wide(targets), 1f, null, 1, null, 0).withPlasticity(plastic);
        // a row of 40 (targets 16 a line: 3 lines, weights 8 a line: 5) and four empty ones: the first entry of each array
        assertEquals(1100, RowPrefetch.touch(p, 5, new WindowSpikes[] {allFiveSpike()}, 0, rowStart, 1, 0));
    }

    @Test
    void aCallReadsOneEntryPerCacheLineUpToItsBudget() {
        WindowSpikes spikes = new WindowSpikes(1, 1);
        spikes.clear();
        spikes.startStep();
        spikes.startPopulation(0);
        spikes.add(5); // global neuron 5: local source 0 of a population that begins at 5
        char[] targets = new char[1_000_000];
        Arrays.fill(targets, (char) 1);
        for (int[] rowStart : new int[][] {{0, 100}, {0, 1_000_000}}) {
            Projection p = new Projection("row", 0, rowStart, Targets.narrow(targets, 0), 1f, null, 1, null, 0);
            int read = RowPrefetch.touch(p, 5, new WindowSpikes[] {spikes}, 0, rowStart, 1, 0);
            // 32 two-byte targets a line: a row of 100 is read at 0, 32, 64 and 96; a long one up to 256 kB, 131,073 targets
            int expected = rowStart[1] == 100 ? 4 : (RowPrefetch.MAX_LINES * 64 / 2 + 1 + 31) / 32;
            assertEquals(expected, read, "row of " + rowStart[1]);
        }
    }

    @Test
    void aNetworkReadAheadGivesTheSameSpikesOnOneToThreeThreads() {
        ComponentSpec lif = SpikingEngineTest.lif(10, 2);
        ComponentSpec dense = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", 600).build());
        ComponentSpec sparse = ComponentSpec.of("pairwise_bernoulli", ParameterSet.builder().put("p", 0.004).build());
        NetworkSpec spec = NetworkSpec.builder("rows").population("E", 4000, lif).population("I", 100, lif)
                .projection("E", "E", dense, SynapseSpec.delta(0.03, 1.5).withWeights("normal", 0.005).withDelays(3.0))
                .projection("E", "I", sparse, SynapseSpec.delta(2.0, 1.0))
                .projection("I", "E", sparse, SynapseSpec.delta(-1.0, 1.0))
                .drive(new DriveSpec.Poisson("E", 60, 100, SynapseSpec.delta(0.2, 0)))
                .drive(new DriveSpec.Poisson("I", 60, 100, SynapseSpec.delta(0.2, 0)))
                .build();
        String reference = null;
        for (int threads = 1; threads <= 3; threads++) {
            SpikingNetwork net = SpikingNetwork.build(spec, new SimulationSpec(100, 0.1, 0, 3), RATENET.registries());
            assertTrue(RowPrefetch.worthReadingAhead(net.projections.get(0)), "E->E is read ahead: " + net.projections.get(0).bytes() + " bytes");
            assertFalse(RowPrefetch.worthReadingAhead(net.projections.get(1)));
            try (SpikingEngine engine = new SpikingEngine(net, threads)) {
                engine.run(1000);
                assertTrue(engine.spikes().size() > 500, "the network is active: " + engine.spikes().size());
                if (reference == null) {
                    reference = engine.spikes().hash();
                }
                assertEquals(reference, engine.spikes().hash(), threads + " threads");
            }
        }
    }
}
