package org.ratenet.spiking.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A wait polls until {@link Backoff#PARK_NANOS} have passed, then asks to park every 64 polls; a new wait polls again. */
class BackoffTest {

    @Test
    void aWaitPollsUntilItsParkTimeThenAsksToParkAndANewWaitPollsAgain() {
        for (int threads : new int[] {2, Runtime.getRuntime().availableProcessors() + 1}) { // pausing, and yielding from the start
            Backoff wait = new Backoff(threads);
            for (int round = 0; round < 2; round++) {
                wait.begin();
                long start = System.nanoTime();
                long polls = 0;
                while (wait.pause()) {
                    polls++;
                    assertTrue(System.nanoTime() - start < 5_000_000_000L, "a wait of " + threads + " threads never asked to park");
                }
                long waited = System.nanoTime() - start;
                assertTrue(waited >= Backoff.PARK_NANOS, threads + " threads: asked to park after " + waited + " ns, before "
                        + Backoff.PARK_NANOS);
                assertTrue(polls >= 64, threads + " threads: asked to park after " + polls + " polls");
                int between = 0;
                while (wait.pause()) {
                    between++;
                }
                assertEquals(63, between, "polls between two parks, once the park time has passed");
            }
        }
    }
}
