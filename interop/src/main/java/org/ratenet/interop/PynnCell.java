package org.ratenet.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.Require;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.neuron.LifParameters;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.SynapseSpec;

/**
 * A population as a PyNN standard cell: the built-in LIF with delta synapses is {@code IF_curr_delta} (NEST's
 * iaf_psc_delta), with exponential current synapses {@code IF_curr_exp}, with exponential conductance synapses
 * {@code IF_cond_exp}; parameters in PyNN's units (nF, nA, µS) and its names. Both keep V at v_reset for tau_refrac after
 * a spike, as ratenet does. A PyNN cell has two receptor types with one time constant (and reversal) each, so the
 * synapses onto a population may have at most one τ (and E_rev) per sign (current) or per receptor (conductance).
 *
 * @param parameters PyNN's parameter names to values, in PyNN's units
 * @param initialLowMv ratenet's initial V is uniform in [V_reset, V_th): the low end (mV)
 * @param initialHighMv and the high end (mV)
 */
record PynnCell(String population, int size, String cellType, Map<String, Double> parameters, double initialLowMv, double initialHighMv,
                SynapseKind kind, double excitatoryReversalMv) {

    /**
     * The cell of a LIF population receiving these synapses (projections and drives) and this constant current (pA).
     * An {@link UnsupportedSpecException} (level {@code pynn}) names what PyNN's cells cannot represent.
     */
    static PynnCell of(String population, int size, LifParameters p, List<SynapseSpec> incoming, double currentPa) {
        SynapseKind kind = SynapseKind.DELTA;
        for (SynapseSpec s : incoming) {
            if (s.kind() == SynapseKind.RATE) {
                throw unsupported(population, "rate synapses", "a spiking synapse");
            }
            if (kind == SynapseKind.DELTA && s.kind() != SynapseKind.DELTA) {
                kind = s.kind();
            } else if (s.kind() != SynapseKind.DELTA && s.kind() != kind) {
                throw unsupported(population, "both current and conductance synapses", "one kind of synapse per population (a PyNN cell has one)");
            }
        }
        SynapseKind k = kind;
        if (k != SynapseKind.DELTA && incoming.stream().anyMatch(s -> s.kind() == SynapseKind.DELTA)) {
            throw unsupported(population, "delta synapses together with " + k.label() + " synapses", "one kind of synapse per population");
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("tau_m", p.tauMs());
        parameters.put("cm", p.capacitancePf() * 1e-3);
        parameters.put("v_rest", p.restingMv());
        parameters.put("v_thresh", p.thresholdMv());
        parameters.put("v_reset", p.resetMv());
        parameters.put("tau_refrac", Math.max(p.refractoryMs(), 0));
        parameters.put("i_offset", currentPa * 1e-3);
        double excitatoryReversal = Double.NaN;
        String type;
        switch (k) {
            case DELTA -> type = "IF_curr_delta";
            case CURRENT -> {
                type = "IF_curr_exp";
                parameters.put("tau_syn_E", single(population, incoming, s -> s.weight() >= 0, "excitatory current synapses", SynapseSpec::tauSynMs, 5));
                parameters.put("tau_syn_I", single(population, incoming, s -> s.weight() < 0, "inhibitory current synapses", SynapseSpec::tauSynMs, 5));
            }
            default -> {
                type = "IF_cond_exp";
                List<double[]> channels = new ArrayList<>(); // (τ, E) pairs
                for (SynapseSpec s : incoming) {
                    double[] c = {s.tauSynMs(), s.reversalMv()};
                    if (channels.stream().noneMatch(x -> x[0] == c[0] && x[1] == c[1])) {
                        channels.add(c);
                    }
                }
                if (channels.size() > 2) {
                    throw unsupported(population, channels.size() + " kinds of conductance synapses (τ_syn, E_rev)",
                            "at most two: IF_cond_exp has an excitatory and an inhibitory conductance");
                }
                channels.sort((a, b) -> Double.compare(b[1], a[1])); // the higher reversal potential is the excitatory one
                boolean twoChannels = channels.size() == 2;
                boolean oneExcitatory = channels.size() == 1 && channels.get(0)[1] >= p.thresholdMv();
                double[] e = twoChannels || oneExcitatory ? channels.get(0) : null;
                double[] i = twoChannels ? channels.get(1) : channels.size() == 1 && !oneExcitatory ? channels.get(0) : null;
                parameters.put("tau_syn_E", e == null ? 5 : e[0]);
                parameters.put("e_rev_E", e == null ? 0 : e[1]);
                parameters.put("tau_syn_I", i == null ? 5 : i[0]);
                parameters.put("e_rev_I", i == null ? -70 : i[1]);
                excitatoryReversal = parameters.get("e_rev_E");
            }
        }
        return new PynnCell(population, size, type, parameters, p.resetMv(), p.thresholdMv(), k, excitatoryReversal);
    }

    /** The receptor a synapse of this population's kind lands on. */
    Receptor receptor(SynapseSpec s, String what) {
        if (kind == SynapseKind.CONDUCTANCE) {
            Require.nonNegative("weight of " + what, s.weight(), "nS");
            return Receptor.of(kind, s.reversalMv() == excitatoryReversalMv && s.tauSynMs() == parameters.get("tau_syn_E"));
        }
        if (s.drawnWeights() && s.weightDistribution().equals("normal")) {
            throw unsupported(population, "normally distributed weights on " + what, "weights of one sign (PyNN's receptor types take one sign each)");
        }
        return Receptor.of(kind, s.weight() >= 0);
    }

    private static double single(String population, List<SynapseSpec> incoming, java.util.function.Predicate<SynapseSpec> which, String what,
                                 java.util.function.ToDoubleFunction<SynapseSpec> value, double absent) {
        double[] values = incoming.stream().filter(which).mapToDouble(value).distinct().toArray();
        if (values.length > 1) {
            throw unsupported(population, what + " with " + values.length + " time constants " + java.util.Arrays.toString(values),
                    "one per receptor type (IF_curr_exp has one excitatory and one inhibitory τ_syn)");
        }
        return values.length == 0 ? absent : values[0];
    }

    static UnsupportedSpecException unsupported(String population, String feature, String needed) {
        return new UnsupportedSpecException(PynnExport.LEVEL, feature + " onto population " + population, "PyNN's standard cells need " + needed);
    }
}
