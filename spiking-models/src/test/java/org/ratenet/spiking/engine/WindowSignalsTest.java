package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A window's spike list that fits in its signal's line arrives with the signal, as a copy; one that does not is read
 * from the block that wrote it; and a block one window ahead of a reader does not overwrite the list the reader has yet
 * to take (each block has a line for even and one for odd windows).
 */
class WindowSignalsTest {

    private static WindowSpikes list(int... neurons) {
        WindowSpikes spikes = new WindowSpikes(2, 1);
        spikes.startStep();
        spikes.startPopulation(0);
        for (int n : neurons) {
            spikes.add(n);
        }
        spikes.startPopulation(1);
        return spikes;
    }

    private static String neurons(WindowSpikes spikes) {
        StringBuilder out = new StringBuilder();
        for (int e = spikes.stepStart(0); e < spikes.stepEnd(0); e++) {
            out.append(spikes.neuron(e)).append(' ');
        }
        return out.toString().trim();
    }

    @Test
    void aSmallListComesWithItsSignalALargeOneIsReadWhereItWasWritten() {
        WindowSignals signals = new WindowSignals(2);
        WindowSpikes[] carried = {new WindowSpikes(2, 1), new WindowSpikes(2, 1)};
        int[] scratch = new int[WindowSignals.CARRIED_INTS];
        WindowSpikes[] received = new WindowSpikes[2];
        WindowSpikes[] written = {list(), list(4, 7, 9)};

        // window 1 of block 1, small: it comes with the signal
        signals.publish(1, 1, written[1]);
        assertTrue(signals.await(0, 1, new Backoff(2), written, carried, scratch, received));
        assertSame(written[0], received[0], "a block's own list");
        assertSame(carried[1], received[1]);
        assertEquals("4 7 9", neurons(received[1]));

        // block 1 runs one window ahead: window 2 goes to the other line, and window 1's list is still there to take
        WindowSpikes ahead = list(5);
        signals.publish(1, 2, ahead);
        assertTrue(signals.await(0, 1, new Backoff(2), written, carried, scratch, received));
        assertEquals("4 7 9", neurons(received[1]));
        assertTrue(signals.await(0, 2, new Backoff(2), new WindowSpikes[] {written[0], ahead}, carried, scratch, received));
        assertEquals("5", neurons(received[1]));

        // window 3, too large for the line: read from the block's own list
        int[] many = new int[WindowSignals.CARRIED_INTS];
        for (int k = 0; k < many.length; k++) {
            many[k] = 100 + k;
        }
        WindowSpikes large = list(many);
        assertTrue(large.compactLength() > WindowSignals.CARRIED_INTS);
        signals.publish(1, 3, large);
        WindowSpikes[] writtenNow = {written[0], large};
        assertTrue(signals.await(0, 3, new Backoff(2), writtenNow, carried, scratch, received));
        assertSame(large, received[1]);
        assertNotSame(carried[1], received[1]);
    }

    @Test
    void aWaitEndsWhenABlockFails() {
        WindowSignals signals = new WindowSignals(2);
        signals.abort();
        WindowSpikes[] written = {list(), list()};
        assertFalse(signals.await(0, 1, new Backoff(2), written, new WindowSpikes[] {list(), list()},
                new int[WindowSignals.CARRIED_INTS], new WindowSpikes[2]));
    }
}
