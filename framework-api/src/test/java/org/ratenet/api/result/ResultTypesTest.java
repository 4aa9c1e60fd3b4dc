package org.ratenet.api.result;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.units.Dimension;

class ResultTypesTest {

    private static final Provenance TEST = Provenance.of("test", "by hand").withInput("tau_m", "20 ms");

    @Test
    void spikeRecordsKeepTheirSpikesAndGiveTheMeanRate() {
        int[] neurons = {0, 3, 1};
        double[] times = {1.0, 2.5, 2.5};
        SpikeRecord r = new SpikeRecord("E", 4, 0, 500, neurons, times, TEST, List.of());
        neurons[0] = 2; // the record keeps its own copy
        assertEquals(0, r.neuron(0));
        assertEquals(3.0 / (4 * 0.5), r.meanRateHz(), 1e-12);
        assertArrayEquals(new double[] {1.0, 2.5, 2.5}, r.timesMs());
        assertEquals("neurons[1]", assertThrows(InvalidParameterException.class,
                () -> new SpikeRecord("E", 3, 0, 10, new int[] {0, 3}, new double[] {1, 2}, TEST, List.of())).parameter());
        assertEquals("timesMs[1]", assertThrows(InvalidParameterException.class,
                () -> new SpikeRecord("E", 3, 0, 10, new int[] {0, 1}, new double[] {2, 1}, TEST, List.of())).parameter());
        assertEquals("endMs", assertThrows(InvalidParameterException.class,
                () -> new SpikeRecord("E", 3, 10, 10, new int[0], new double[0], TEST, List.of())).parameter());
    }

    @Test
    void timeSeriesChannelsShareTheGrid() {
        TimeSeries ts = TimeSeries.builder(new double[] {0, 1, 2})
                .channel("E.rate", Dimension.RATE, new double[] {1, 2, 3}).build(TEST, List.of());
        assertEquals(Dimension.RATE, ts.dimension("E.rate"));
        assertEquals(List.of("E.rate"), ts.channelNames());
        assertEquals("E.rate.length", assertThrows(InvalidParameterException.class, () -> TimeSeries.builder(new double[] {0, 1})
                .channel("E.rate", Dimension.RATE, new double[] {1}).build(TEST, List.of())).parameter());
        assertEquals("timesMs[1]", assertThrows(InvalidParameterException.class,
                () -> TimeSeries.builder(new double[] {0, 0})).parameter());
        assertEquals("channel", assertThrows(InvalidParameterException.class, () -> ts.channel("I.rate")).parameter());
    }

    @Test
    void weightSummariesMatchTheirDefinitions() {
        qt().forAll(integers().between(1, 200), floats().between(-10f, 10f)).checkAssert((n, w0) -> {
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[n - 1 - i] = w0 + i * 0.01; // descending: the summary sorts
                sum += w[n - 1 - i];
            }
            WeightSummary s = WeightSummary.of("E->E", w, Dimension.VOLTAGE, TEST, List.of());
            double mean = sum / n;
            double var = 0;
            for (double x : w) {
                var += (x - mean) * (x - mean);
            }
            for (int k = 0; k < WeightSummary.QUANTILE_LEVELS.length; k++) { // nearest rank: the ceil(q n)-th smallest
                int rank = Math.max(1, (int) Math.ceil(WeightSummary.QUANTILE_LEVELS[k] * n));
                assertEquals(w0 + (rank - 1) * 0.01, s.quantiles()[k], 1e-12);
            }
            assertEquals((long) n, s.count());
            assertEquals(mean, s.mean(), 1e-12 * (1 + Math.abs(mean)));
            assertEquals(Math.sqrt(var / n), s.standardDeviation(), 1e-9);
            assertEquals(w[n - 1], s.min(), 0);
            assertEquals(w[0], s.max(), 0);
            long total = 0;
            for (long c : s.histogram()) {
                total += c;
            }
            assertEquals((long) n, total, "every weight in one bin");
            if (n > 1) { // the weights are evenly spaced: each bin holds n/20 of them, to one either way
                for (long c : s.histogram()) {
                    assertTrue(Math.abs(c - n / (double) WeightSummary.HISTOGRAM_BINS) <= 1.5, java.util.Arrays.toString(s.histogram()));
                }
            }
        });
    }

    @Test
    void ratesAndProvenanceExplainThemselves() {
        PopulationRates rates = new PopulationRates(Map.of("E", 8.0), TEST,
                List.of(new Warning("diffusion-approximation", "J << theta - V_reset", "J/(theta - V_reset) = 0.5")));
        assertEquals(8.0, rates.rate("E"));
        assertEquals("population", assertThrows(InvalidParameterException.class, () -> rates.rate("I")).parameter());
        assertEquals("rate of E", assertThrows(InvalidParameterException.class,
                () -> new PopulationRates(Map.of("E", -1.0), TEST, List.of())).parameter());
        assertTrue(TEST.explain().contains("tau_m = 20 ms"), TEST.explain());
        assertTrue(rates.warnings().get(0).toString().contains("is violated"));
    }
}
