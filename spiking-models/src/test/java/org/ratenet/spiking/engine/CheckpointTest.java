package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.SimulationSpec;

class CheckpointTest {

    private static final Ratenet RATENET = Ratenet.create();

    /**
     * Stop after 237 steps, checkpoint, restore into a freshly built engine, finish: the same spikes. Written on 1 thread
     * and resumed on 2, and written on 3 and resumed on 1: the checkpoint holds the input in flight in one layout,
     * whatever rings the engine keeps per block of neurons.
     */
    @Test
    void aResumedRunIsBitIdenticalToAnUninterruptedOne(@TempDir Path dir) throws IOException {
        NetworkSpec spec = ThreadDeterminismTest.network("fixed_indegree", "indegree", 100);
        SimulationSpec sim = new SimulationSpec(400, 0.1, 0, 77);
        String uninterrupted;
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()))) {
            engine.run(4000);
            uninterrupted = engine.spikes().hash();
        }
        int[][] threads = {{1, 2}, {3, 1}};
        for (int[] writtenAndResumed : threads) {
            Path file = dir.resolve("state.ckpt");
            try (SpikingEngine first = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()), writtenAndResumed[0])) {
                first.run(237);
                first.checkpoint(file);
            }
            try (SpikingEngine resumed = new SpikingEngine(SpikingNetwork.build(spec, sim, RATENET.registries()), writtenAndResumed[1])) {
                resumed.restore(file);
                assertEquals(237, resumed.currentStep());
                resumed.run(4000 - 237);
                assertEquals(uninterrupted, resumed.spikes().hash(), "written on " + writtenAndResumed[0] + " threads, resumed on " + writtenAndResumed[1]);
            }
            try (var files = Files.list(dir)) {
                assertEquals(1, files.count(), "no temporary file is left behind");
            }
        }
    }

    @Test
    void aCheckpointOfAnotherNetworkIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.ckpt");
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(ThreadDeterminismTest.network("fixed_indegree", "indegree", 100),
                new SimulationSpec(100, 0.1, 0, 1), RATENET.registries()))) {
            engine.run(10);
            engine.checkpoint(file);
        }
        try (SpikingEngine other = new SpikingEngine(SpikingNetwork.build(ThreadDeterminismTest.network("fixed_indegree", "indegree", 100),
                new SimulationSpec(100, 0.1, 0, 2), RATENET.registries()))) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> other.restore(file));
            assertTrue(e.getMessage().contains("a checkpoint of this network"), e.getMessage());
        }
    }
}
