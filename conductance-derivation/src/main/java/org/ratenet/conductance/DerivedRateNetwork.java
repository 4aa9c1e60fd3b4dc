package org.ratenet.conductance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.Result;
import org.ratenet.api.result.Warning;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.RateNetworkSpec;
import org.ratenet.api.spec.WeightMatrix;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

/**
 * The effective rate network derived from a {@link ConductanceNetwork}: W (pA/Hz, row = target), W_ext
 * (pA/Hz), r_ext (Hz), θ (pA), θ′ for ±1 binary units (pA), τ (ms), the sign of each synapse entry, the
 * uniform-feedback analysis when it applies, and an explanation for every number.
 */
public final class DerivedRateNetwork implements Result {

    private final ConductanceNetwork source;
    private final WeightMatrix weights;
    private final double[] entryWeights;
    private final SynapseSign[] signs;
    private final double[] externalWeights;
    private final double[] thresholds;
    private final double[] binaryThresholds;
    private final UniformFeedback uniformFeedback;
    private final Provenance provenance;
    private final List<Warning> warnings;

    DerivedRateNetwork(ConductanceNetwork source, WeightMatrix weights, double[] entryWeights, SynapseSign[] signs,
                       double[] externalWeights, double[] thresholds, UniformFeedback uniformFeedback,
                       Provenance provenance, List<Warning> warnings) {
        this.source = source;
        this.weights = weights;
        this.entryWeights = entryWeights;
        this.signs = signs;
        this.externalWeights = externalWeights;
        this.thresholds = thresholds;
        this.binaryThresholds = BinaryNetwork.plusMinusThresholds(weights, externalWeights, thresholds);
        this.uniformFeedback = uniformFeedback;
        this.provenance = provenance;
        this.warnings = List.copyOf(warnings);
    }

    /** The conductance-level network this was derived from. */
    public ConductanceNetwork source() {
        return source;
    }

    public int size() {
        return source.size();
    }

    public List<String> labels() {
        return source.labels();
    }

    /** W (pA/Hz); entries onto the same target from the same source add up. */
    public WeightMatrix weights() {
        return weights;
    }

    /** The contribution of synapse entry k of the source network to W: multiplicity × 11.29. */
    public double entryWeight(int k) {
        return entryWeights[k];
    }

    public SynapseSign sign(int k) {
        return signs[k];
    }

    public double externalWeight(int i) {
        return externalWeights[i];
    }

    public double externalRateHz(int i) {
        return source.external(i).rateHz();
    }

    public double threshold(int i) {
        return thresholds[i];
    }

    /** θ′_i of 11.39 for ±1 binary units. */
    public double binaryThreshold(int i) {
        return binaryThresholds[i];
    }

    public double timeConstantMs(int i) {
        return source.cell(i).membraneTimeConstantMs();
    }

    /** The analysis of 11.34–11.37, present for a single homogeneous threshold-linear unit (population). */
    public Optional<UniformFeedback> uniformFeedback() {
        return Optional.ofNullable(uniformFeedback);
    }

    /** How synapse entry k got its weight. */
    public Derived explainEntry(int k) {
        String name = "W[" + labels().get(source.target(k)) + "<-" + labels().get(source.source(k)) + "]";
        Derived perSynapse = EffectiveParameters.explainSynapticWeight(name, source.cell(source.target(k)), source.synapse(k));
        double count = source.multiplicity(k);
        if (count == 1) {
            return perSynapse;
        }
        Map<String, Quantity> inputs = new LinkedHashMap<>();
        inputs.put("K", Quantity.number(count));
        inputs.putAll(perSynapse.inputs());
        return new Derived(name, "K G_syn tau_syn (V_syn - v_theta - V_leak) (11.29 for each of K inputs)", inputs,
                new Quantity(entryWeights[k], perSynapse.value().dimension()));
    }

    /** How W_ext, θ, θ′ and τ of unit i were derived. */
    public List<Derived> explainUnit(int i) {
        String u = labels().get(i);
        CellParameters cell = source.cell(i);
        List<Derived> list = new ArrayList<>();
        list.add(EffectiveParameters.explainExternalWeight("W_ext[" + u + "]", cell, source.external(i)));
        list.add(EffectiveParameters.explainThreshold("theta[" + u + "]", cell));
        Map<String, Quantity> in = new LinkedHashMap<>();
        in.put("theta", Quantity.of(thresholds[i], Unit.PA));
        in.put("sum_j W_ij", new Quantity(weights.rowSum(i), Dimension.CHARGE));
        in.put("W_ext", new Quantity(externalWeights[i], Dimension.CHARGE));
        list.add(new Derived("theta_binary[" + u + "]", "2 theta - sum_j W_ij - W_ext (11.39, states in units of 1 Hz)", in,
                Quantity.of(binaryThresholds[i], Unit.PA)));
        list.add(EffectiveParameters.explainTimeConstant("tau[" + u + "]", cell));
        return list;
    }

    /**
     * The derivation checked at the given rates (Hz): per unit, |weight form − conductance form| of the input, i.e. of
     * Σ W r + W_ext r_ext − θ (11.28–11.31) against I_app − I_θ° − v_θ g_L^total (11.24–11.27, {@link ConductanceRateModel}),
     * divided by the sum of the magnitudes of all the terms of both forms — so that rounding alone gives about 1e-16.
     */
    public double[] relativeFormDiscrepancy(double[] ratesHz) {
        int n = size();
        double[] conductanceForm = new double[n];
        double[] applied = new double[n];
        double[] total = new double[n];
        new ConductanceRateModel(source).evaluate(ratesHz, conductanceForm, applied, total);
        double[] weightForm = new double[n];
        toRateNetwork().netInput(ratesHz, weightForm);
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            CellParameters cell = source.cell(i);
            scale[i] = Math.abs(applied[i]) + Math.abs(cell.restingThresholdPa()) + Math.abs(cell.thresholdSlopeMv() * total[i])
                    + Math.abs(thresholds[i]) + Math.abs(externalWeights[i] * source.external(i).rateHz());
        }
        for (int k = 0; k < source.synapseCount(); k++) {
            scale[source.target(k)] += Math.abs(entryWeight(k) * ratesHz[source.source(k)]);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.abs(weightForm[i] - conductanceForm[i]) / Math.max(scale[i], Double.MIN_NORMAL);
        }
        return out;
    }

    /** The rate network (11.32–11.33) that the rate level runs. */
    public RateNetworkSpec toRateNetwork() {
        int n = size();
        double[] rExt = new double[n];
        double[] tau = new double[n];
        List<ComponentSpec> gains = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CellParameters c = source.cell(i);
            rExt[i] = source.external(i).rateHz();
            tau[i] = c.membraneTimeConstantMs();
            ParameterSet.Builder p = ParameterSet.builder().put("beta", Quantity.of(c.betaHzPerPa(), Unit.HZ_PER_PA));
            if (CellParameters.SIGMOID.equals(c.gain())) {
                p.put("r_max", c.maxRateHz(), Unit.HZ);
            }
            gains.add(ComponentSpec.of(c.gain(), p.build()));
        }
        return new RateNetworkSpec(labels(), weights, externalWeights.clone(), rExt, thresholds.clone(), tau, gains);
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public List<Warning> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "DerivedRateNetwork[" + size() + " units, " + weights + ", " + warnings.size() + " warnings]";
    }
}
