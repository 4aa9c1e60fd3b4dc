package org.ratenet.rate.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;
import org.ratenet.rate.dynamics.RateIntegrator;
import org.ratenet.rate.dynamics.RateNetwork;
import org.ratenet.rate.dynamics.RateWork;
import org.ratenet.rate.gain.SigmoidGain;

class NeuralFieldTest {

    private static final SigmoidGain GAIN = new SigmoidGain(1, 100);
    private static final ComponentSpec GAIN_SPEC = ComponentSpec.of("sigmoid", ParameterSet.builder()
            .put("beta", Quantity.of(1, Unit.HZ_PER_PA)).put("r_max", 100, Unit.HZ).build());
    private static final Kernel HAT = Kernel.mexicanHat(1.0, 5.0, 0.5, 15.0);

    @Test
    void fftConvolutionEqualsTheDirectSumOnRingAndLine() {
        Random random = new Random(4);
        for (NeuralField field : new NeuralField[] {
                new NeuralField(NeuralField.Geometry.RING, 100, 64, 10, 0, GAIN, HAT),
                new NeuralField(NeuralField.Geometry.LINE, 100, 50, 10, 0, GAIN, HAT)}) {
            int n = field.points();
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                h[i] = 50 * random.nextGaussian();
            }
            double[] fft = new double[n];
            field.convolve(h, fft);
            RateNetwork net = RateNetwork.of(field.asNetwork(GAIN_SPEC), Ratenet.create().gains());
            double[] direct = new double[n];
            double[] rates = new double[n];
            net.rates(h, rates);
            var w = field.asNetwork(GAIN_SPEC).weights();
            w.multiply(rates, direct);
            for (int i = 0; i < n; i++) {
                assertEquals(direct[i], fft[i], 1e-10 * (1 + Math.abs(direct[i])));
            }
        }
    }

    @Test
    void theFieldAndItsNetworkRunTheSameDynamics() {
        NeuralField field = new NeuralField(NeuralField.Geometry.RING, 100, 64, 10, 100, GAIN, HAT);
        Random random = new Random(8);
        double[] h = new double[64];
        for (int i = 0; i < 64; i++) {
            h[i] = 80 * random.nextGaussian();
        }
        double[] mu = h.clone();
        field.run(h, 0, 0.1, 500, (t, x, out) -> java.util.Arrays.fill(out, 0), new double[64]);
        RateNetwork net = RateNetwork.of(field.asNetwork(GAIN_SPEC), Ratenet.create().gains());
        RateWork work = new RateWork(64);
        for (int s = 0; s < 500; s++) {
            RateIntegrator.EXPONENTIAL_EULER.step(net, s * 0.1, 0.1, mu, work);
        }
        for (int i = 0; i < 64; i++) {
            assertEquals(mu[i], h[i], 1e-9 * (1 + Math.abs(mu[i])));
        }
    }

    /** A cue of 150 pA at x = 50 for 200 ms, then nothing: the bump stays (working memory; Amari 1977). */
    static double[] bump(int points) {
        double length = 100;
        NeuralField field = new NeuralField(NeuralField.Geometry.RING, length, points, 10, 100, GAIN, HAT);
        double[] h = new double[points];
        java.util.Arrays.fill(h, -100);
        NeuralField.Input cue = (t, x, out) -> {
            for (int i = 0; i < x.length; i++) {
                double d = Math.min(Math.abs(x[i] - length / 2), length - Math.abs(x[i] - length / 2));
                out[i] = t < 200 ? 150 * Math.exp(-d * d / 32) : 0;
            }
        };
        field.run(h, 0, 0.1, 10_000, cue, new double[points]);
        double[] r = new double[points];
        for (int i = 0; i < points; i++) {
            r[i] = GAIN.value(h[i]);
        }
        return r;
    }

    @Test
    void aMexicanHatRingHoldsABumpWhereItWasCued() {
        double[] r = bump(256);
        int peak = 0;
        double width = 0;
        for (int i = 0; i < r.length; i++) {
            peak = r[i] > r[peak] ? i : peak;
            width += r[i] > 50 ? 100.0 / 256 : 0;
        }
        assertEquals(50, peak * 100.0 / 256, 1);
        assertTrue(r[peak] > 99, "peak " + r[peak]);
        assertTrue(r[0] < 5, "far from the bump " + r[0]);
        assertTrue(width > 8 && width < 15, "width " + width);
    }

    /**
     * As the grid refines, the discretised field converges: the maximum rate difference at the coarse points
     * to a 1024-point reference shrinks with every doubling, at least by 1.5× from 128 to 256 points.
     */
    @Test
    void theDiscretisedFieldConvergesAsTheGridRefines() {
        double[] reference = bump(1024);
        double[] error = new double[4];
        int[] sizes = {32, 64, 128, 256};
        for (int k = 0; k < sizes.length; k++) {
            double[] r = bump(sizes[k]);
            int stride = 1024 / sizes[k];
            for (int i = 0; i < sizes[k]; i++) {
                error[k] = Math.max(error[k], Math.abs(r[i] - reference[i * stride]));
            }
        }
        for (int k = 1; k < sizes.length; k++) {
            assertTrue(error[k] < error[k - 1], "errors " + java.util.Arrays.toString(error));
        }
        assertTrue(error[2] / error[3] > 1.5, "errors " + java.util.Arrays.toString(error));
    }

    /** On a line an excitatory field ignited at one end carries a front at constant speed. */
    @Test
    void anExcitatoryLineCarriesAFrontAtConstantSpeed() {
        NeuralField field = new NeuralField(NeuralField.Geometry.LINE, 400, 801, 10, 400, GAIN, Kernel.exponential(1, 5));
        double[] x = field.positions();
        double[] h = new double[801];
        for (int i = 0; i < 801; i++) {
            h[i] = x[i] < 20 ? 100 : -400;
        }
        double[] front = new double[3];
        double[] work = new double[801];
        for (int k = 0; k < 3; k++) {
            field.run(h, k * 100, 0.1, 1000, (t, pos, out) -> java.util.Arrays.fill(out, 0), work);
            for (int i = 0; i < 801; i++) {
                if (GAIN.value(h[i]) > 50) {
                    front[k] = x[i];
                }
            }
        }
        double first = front[1] - front[0];
        double second = front[2] - front[1];
        assertTrue(first > 5, "the front moved " + first);
        assertEquals(first, second, 2 * field.spacing(), "front at " + java.util.Arrays.toString(front));
    }
}
