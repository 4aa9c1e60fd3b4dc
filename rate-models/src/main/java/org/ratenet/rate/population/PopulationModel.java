package org.ratenet.rate.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.RateNetworkSpec;
import org.ratenet.api.spec.WeightMatrix;

/**
 * Interacting homogeneous populations (neural mass; Gerstner notes, "Interacting populations"): population n of
 * N_n neurons has activity A_n = g_n(h_n) with τ_n dh_n/dt = −h_n + Σ_m J_nm N_m A_m + I_ext,n − θ_n, where J_nm is
 * the coupling of one neuron of m to one of n (pA/Hz), so J_nm N_m is the population coupling. Built as a
 * {@link RateNetworkSpec} whose units are the populations.
 */
public final class PopulationModel {

    private PopulationModel() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects populations and couplings. */
    public static final class Builder {
        private final Map<String, Integer> sizes = new LinkedHashMap<>();
        private final Map<String, Double> tau = new LinkedHashMap<>();
        private final Map<String, Double> theta = new LinkedHashMap<>();
        private final Map<String, Double> external = new LinkedHashMap<>();
        private final Map<String, ComponentSpec> gains = new LinkedHashMap<>();
        private final List<Object[]> couplings = new ArrayList<>();

        /** A population of {@code size} neurons with time constant τ (ms), threshold θ (pA) and gain. */
        public Builder population(String name, int size, double tauMs, double thetaPa, ComponentSpec gain) {
            Require.name("population name", name);
            if (sizes.containsKey(name)) {
                throw new InvalidParameterException("population", name, "a name not used twice");
            }
            sizes.put(name, Require.atLeast("size", size, 1));
            tau.put(name, Require.positive("tau", tauMs, "ms"));
            theta.put(name, Require.finite("theta", thetaPa, "pA"));
            external.put(name, 0.0);
            gains.put(name, Require.nonNull("gain", gain));
            return this;
        }

        /** J_nm: the coupling from one neuron of {@code from} to one neuron of {@code to} (pA/Hz). */
        public Builder coupling(String to, String from, double jPerNeuron) {
            couplings.add(new Object[] {to, from, Require.finite("J", jPerNeuron, "pA/Hz")});
            return this;
        }

        /** A constant external current into every neuron of the population (pA). */
        public Builder external(String to, double currentPa) {
            requireKnown(to);
            external.put(to, Require.finite("I_ext", currentPa, "pA"));
            return this;
        }

        private int requireKnown(String name) {
            int index = new ArrayList<>(sizes.keySet()).indexOf(name);
            if (index < 0) {
                throw new InvalidParameterException("population", name, "one of " + sizes.keySet());
            }
            return index;
        }

        public RateNetworkSpec build() {
            int n = sizes.size();
            List<String> names = new ArrayList<>(sizes.keySet());
            double[] w = new double[n * n];
            for (Object[] c : couplings) {
                int a = requireKnown((String) c[0]);
                int b = requireKnown((String) c[1]);
                w[a * n + b] += (Double) c[2] * sizes.get(names.get(b));
            }
            double[] th = new double[n];
            double[] t = new double[n];
            for (int a = 0; a < n; a++) {
                th[a] = theta.get(names.get(a)) - external.get(names.get(a));
                t[a] = tau.get(names.get(a));
            }
            return new RateNetworkSpec(names, new WeightMatrix.Dense(n, n, w), new double[n], new double[n], th, t,
                    new ArrayList<>(gains.values()));
        }
    }
}
