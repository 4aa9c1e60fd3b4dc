package org.ratenet.api.spec;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/** External input to a population: independent Poisson spike trains, or a constant current. */
public sealed interface DriveSpec permits DriveSpec.Poisson, DriveSpec.Current {

    /** The population that receives the drive. */
    String target();

    /**
     * Each neuron of {@code target} receives {@code inDegree} independent Poisson trains of {@code rateHz}
     * each through {@code synapse} (equivalently one train of rate {@code inDegree · rateHz}), from {@code startMs}
     * until {@code stopMs} (like NEST's poisson_generator {@code start} and {@code stop}; +∞ for a drive that never
     * stops). Stationary levels (mean field, rate, conductance derivation) see only the drives that never stop; a drive
     * with a stop time is a transient kick, e.g. to start self-sustained activity.
     */
    record Poisson(String target, double rateHz, int inDegree, SynapseSpec synapse, double startMs, double stopMs) implements DriveSpec {
        public Poisson {
            Require.name("target", target);
            Require.nonNegative("rate", rateHz, "Hz");
            Require.atLeast("indegree", inDegree, 1);
            Require.nonNull("synapse", synapse);
            Require.nonNegative("start", startMs, "ms");
            if (Double.isNaN(stopMs) || !(stopMs > startMs)) {
                throw new InvalidParameterException("stop", stopMs + " ms", "> start = " + Require.format(startMs) + " ms");
            }
        }

        /** A drive that is on from the start of the run to its end. */
        public Poisson(String target, double rateHz, int inDegree, SynapseSpec synapse) {
            this(target, rateHz, inDegree, synapse, 0, Double.POSITIVE_INFINITY);
        }

        /** Whether the drive never stops, so that stationary levels include it. */
        public boolean persistent() {
            return stopMs == Double.POSITIVE_INFINITY;
        }

        /** The total input rate per neuron, {@code inDegree · rateHz}. */
        public double totalRateHz() {
            return inDegree * rateHz;
        }

        @Override
        public String toString() {
            String window = startMs == 0 && persistent() ? ""
                    : " from " + Require.format(startMs) + " ms" + (persistent() ? "" : " to " + Require.format(stopMs) + " ms");
            return target + ": poisson " + Require.format(rateHz) + " Hz × " + inDegree + " inputs" + window + ", " + synapse;
        }
    }

    /** A constant current of {@code currentPa} into every neuron of {@code target}. */
    record Current(String target, double currentPa) implements DriveSpec {
        public Current {
            Require.name("target", target);
            Require.finite("current", currentPa, "pA");
        }

        @Override
        public String toString() {
            return target + ": current " + Require.format(currentPa) + " pA";
        }
    }
}
