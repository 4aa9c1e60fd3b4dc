package org.ratenet.api.spec;

import org.ratenet.api.error.Require;

/** External input to a population: independent Poisson spike trains, or a constant current. */
public sealed interface DriveSpec permits DriveSpec.Poisson, DriveSpec.Current {

    /** The population that receives the drive. */
    String target();

    /**
     * Each neuron of {@code target} receives {@code inDegree} independent Poisson trains of {@code rateHz}
     * each through {@code synapse} (equivalently one train of rate {@code inDegree · rateHz}).
     */
    record Poisson(String target, double rateHz, int inDegree, SynapseSpec synapse) implements DriveSpec {
        public Poisson {
            Require.name("target", target);
            Require.nonNegative("rate", rateHz, "Hz");
            Require.atLeast("indegree", inDegree, 1);
            Require.nonNull("synapse", synapse);
        }

        /** The total input rate per neuron, {@code inDegree · rateHz}. */
        public double totalRateHz() {
            return inDegree * rateHz;
        }

        @Override
        public String toString() {
            return target + ": poisson " + Require.format(rateHz) + " Hz × " + inDegree + " inputs, " + synapse;
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
