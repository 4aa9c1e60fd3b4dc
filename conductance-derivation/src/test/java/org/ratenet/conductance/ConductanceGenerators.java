package org.ratenet.conductance;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.core.Gen;

/**
 * Generators over physiological ranges: C_m 20–500 pF, g_L° 1–50 nS, V_leak −85…−50 mV, v_θ 0–30 mV,
 * I_θ° ±300 pA, β 0.01–1 Hz/pA; G 0–20 nS, τ 0.5–200 ms, reversal −100…+20 mV; external rates 0–10 kHz.
 */
final class ConductanceGenerators {

    private ConductanceGenerators() {
    }

    static Gen<CellParameters> cells() {
        return in -> new CellParameters(doubles().between(20, 500).generate(in), doubles().between(1, 50).generate(in),
                doubles().between(-85, -50).generate(in), doubles().between(0, 30).generate(in),
                doubles().between(-300, 300).generate(in), CellParameters.THRESHOLD_LINEAR,
                doubles().between(0.01, 1).generate(in), 0);
    }

    static Gen<SynapseParameters> synapses() {
        return in -> new SynapseParameters(doubles().between(0, 20).generate(in), doubles().between(0.5, 200).generate(in),
                doubles().between(-100, 20).generate(in));
    }

    static Gen<ExternalInput> externals() {
        return in -> new ExternalInput(doubles().between(0, 20).generate(in), doubles().between(0.5, 50).generate(in),
                doubles().between(-100, 20).generate(in), doubles().between(0, 10_000).generate(in));
    }

    /** 1–8 units, 0–20 synapse entries of multiplicity 1–500. */
    static Gen<ConductanceNetwork> networks() {
        return in -> {
            ConductanceNetwork.Builder b = ConductanceNetwork.builder();
            int n = integers().between(1, 8).generate(in);
            for (int i = 0; i < n; i++) {
                b.unit("u" + i, cells().generate(in), externals().generate(in));
            }
            int m = integers().between(0, 20).generate(in);
            for (int k = 0; k < m; k++) {
                b.synapse(integers().between(0, n - 1).generate(in), integers().between(0, n - 1).generate(in),
                        integers().between(1, 500).generate(in), synapses().generate(in));
            }
            return b.build();
        };
    }
}
