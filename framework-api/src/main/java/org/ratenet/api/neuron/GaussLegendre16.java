package org.ratenet.api.neuron;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/** 16-point Gauss–Legendre quadrature on [a, b] (Commons Math nodes and weights, computed once). */
final class GaussLegendre16 {

    private static final double[] NODES = new double[16];
    private static final double[] WEIGHTS = new double[16];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendreHighPrecision(16, -1, 1);
        for (int i = 0; i < 16; i++) {
            NODES[i] = rule.getPoint(i);
            WEIGHTS[i] = rule.getWeight(i);
        }
    }

    private GaussLegendre16() {
    }

    static double integrate(DoubleUnaryOperator f, double a, double b) {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double sum = 0;
        for (int i = 0; i < 16; i++) {
            sum += WEIGHTS[i] * f.applyAsDouble(mid + half * NODES[i]);
        }
        return sum * half;
    }
}
