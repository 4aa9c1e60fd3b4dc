package org.ratenet.spiking.connect;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.model.ConnectionSink;
import org.ratenet.api.model.ConnectivityRule;

/**
 * Distance-dependent connections (Gerstner notes, "Distance-dependent connectivity"): neurons sit evenly on a ring
 * of circumference 1 ({@code ring}) or on a √N × √N grid of the unit torus ({@code grid}, N a perfect square), and
 * each pair connects independently with probability p0 k(d/width) at periodic distance d, with k(x) = e^{−x}
 * ({@code exponential}) or e^{−x²/2} ({@code gaussian}). O(N_source × N_target) draws.
 */
public record DistanceDependent(String geometry, String kernel, double p0, double width, boolean autapses) implements ConnectivityRule {

    public static final String NAME = "distance_dependent";
    public static final List<String> GEOMETRIES = List.of("ring", "grid");
    public static final List<String> KERNELS = List.of("exponential", "gaussian");

    public DistanceDependent {
        Require.oneOf("geometry", geometry, GEOMETRIES);
        Require.oneOf("kernel", kernel, KERNELS);
        Require.inClosedRange("p0", p0, 0, 1, "");
        Require.positive("width", width, "");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void checkSizes(int sourceSize, int targetSize, boolean samePopulation) {
        if (geometry.equals("grid")) {
            for (int size : new int[] {sourceSize, targetSize}) {
                int side = (int) Math.round(Math.sqrt(size));
                if (side * side != size) {
                    throw new InvalidParameterException("population size", size, "a perfect square on a grid");
                }
            }
        }
    }

    /** The connection probability between local source s and local target t. */
    public double probability(int s, int sourceSize, int t, int targetSize) {
        double d = distance(s, sourceSize, t, targetSize) / width;
        return p0 * (kernel.equals("exponential") ? Math.exp(-d) : Math.exp(-d * d / 2));
    }

    /** The periodic distance between the positions of local source s and local target t. */
    public double distance(int s, int sourceSize, int t, int targetSize) {
        if (geometry.equals("ring")) {
            return periodic((double) s / sourceSize - (double) t / targetSize);
        }
        int ss = (int) Math.round(Math.sqrt(sourceSize));
        int ts = (int) Math.round(Math.sqrt(targetSize));
        double dx = periodic((double) (s % ss) / ss - (double) (t % ts) / ts);
        double dy = periodic((double) (s / ss) / ss - (double) (t / ts) / ts);
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double periodic(double delta) {
        double d = Math.abs(delta) % 1;
        return Math.min(d, 1 - d);
    }

    @Override
    public double expectedInDegree(int sourceSize, int targetSize, boolean samePopulation) {
        double sum = 0;
        for (int s = 0; s < sourceSize; s++) {
            if (!(samePopulation && !autapses && s == 0)) {
                sum += probability(s, sourceSize, 0, targetSize);
            }
        }
        return sum;
    }

    @Override
    public boolean fixedInDegree() {
        return p0 == 0;
    }

    @Override
    public void connect(int sourceSize, int targetSize, boolean samePopulation, UniformRandomProvider random, ConnectionSink sink) {
        checkSizes(sourceSize, targetSize, samePopulation);
        for (int t = 0; t < targetSize; t++) {
            for (int s = 0; s < sourceSize; s++) {
                if (samePopulation && !autapses && s == t) {
                    continue;
                }
                if (random.nextDouble() < probability(s, sourceSize, t, targetSize)) {
                    sink.connect(s, t);
                }
            }
        }
    }
}
