package org.ratenet.interop;

import org.ratenet.api.spec.SynapseKind;

/**
 * Where a ratenet synapse lands on a PyNN standard cell: its receptor type ({@code excitatory} or {@code inhibitory}),
 * the factor from ratenet's weight unit to PyNN's (mV stays mV for delta synapses; pA to nA and nS to µS are 1e-3), and
 * the variable of PyNN's Brian2 cell it jumps ({@code v}, {@code ie}/{@code ii}, {@code ge}/{@code gi}) with that
 * variable's Brian2 unit, for Brian2's exact Poisson input.
 */
record Receptor(String type, double weightFactor, String brian2Variable, String brian2Unit) {

    static Receptor of(SynapseKind kind, boolean excitatory) {
        String type = excitatory ? "excitatory" : "inhibitory";
        return switch (kind) {
            case DELTA -> new Receptor(type, 1, "v", "mV");
            case CURRENT -> new Receptor(type, 1e-3, excitatory ? "ie" : "ii", "nA");
            case CONDUCTANCE -> new Receptor(type, 1e-3, excitatory ? "ge" : "gi", "uS");
            default -> throw new IllegalArgumentException("no receptor for " + kind);
        };
    }
}
