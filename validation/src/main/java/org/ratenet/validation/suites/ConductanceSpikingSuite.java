package org.ratenet.validation.suites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.random.SeedSequence;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Unit;
import org.ratenet.conductance.ConductanceLevel;
import org.ratenet.conductance.DerivedRateNetwork;
import org.ratenet.rate.dynamics.RateFixedPoints;
import org.ratenet.rate.dynamics.RateNetwork;
import org.ratenet.validation.BatchMeans;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * Conductance spiking ↔ derived rate, the lecture's whole argument tested (Kleinfeld, lecture 11). First the gain of
 * each population's conductance-based neuron (the lecture's LIF, or any spiking model with a
 * {@link org.ratenet.api.model.PassiveMembrane}, simulated by its own dynamics) is calibrated from f–I curves under added shunting
 * conductances ({@link GainCalibration}): how far the fitted thresholds are from the line I_θ = I_θ° + v_θ g_L^total
 * that 11.6 assumes, and the slope change it neglects (Figures 1–2), are measured. Then W, W_ext and θ are derived
 * (11.29–11.31) with the calibrated β, v_θ and I_θ° for the same network, and the derived rate network's fixed point
 * is compared with the spiking network's population rates: on the user's conductance-synapse network, otherwise on
 * generated E–I networks like the reference one (800 + 200; AMPA 0.5 nS, 5 ms, 0 mV; GABA_A 2 nS, 10 ms, −80 mV;
 * in-degrees 80 and 20; 100 external AMPA inputs of 1 nS) with drive, conductances and in-degrees drawn
 * ({@link #generatedNetworks}); the report correlates the discrepancy with the CV and the drive. The rate model neglects the input fluctuations (11.12–11.14
 * average the conductances) and the slope change, and theory gives no tolerance for what that costs: the comparison is
 * reported (relative discrepancy per population, with the spiking rate's batch-means interval as the error bar), not
 * judged. It grows where firing is fluctuation-driven (the derived network is silent or low where the spiking one fires).
 */
public final class ConductanceSpikingSuite implements ValidationSuite {

    private static final double[] SHUNTS_NS = {0, 5, 10, 20};
    /** The scale of the threshold plot's error bars: 2 % of I_θ. */
    private static final double LINEARITY = 0.02;

    @Override
    public String name() {
        return "conductance-spiking";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        if (context.experiment().isEmpty()) {
            return Optional.empty();
        }
        NetworkSpec spec = context.experiment().get().network();
        for (PopulationSpec p : spec.populations()) {
            try {
                GainCalibration.Membrane.of(p.neuron(), context.registries());
            } catch (UnsupportedSpecException e) {
                return Optional.of("population " + p.name() + ": " + e.getMessage());
            }
        }
        for (ProjectionSpec p : spec.projections()) {
            if (p.synapse().kind() != SynapseKind.CONDUCTANCE) {
                return Optional.of("projection " + p.name() + " has " + p.synapse().kind().label() + " synapses, not conductance synapses");
            }
        }
        if (spec.projections().isEmpty()) {
            return Optional.of("the network has no projections");
        }
        return Optional.empty();
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        Registries registries = context.registries();
        List<NetworkSpec> networks = context.experiment().map(e -> List.of(e.network())).orElseGet(() -> generatedNetworks(context));
        CheckRecorder calibration = new CheckRecorder("conductance-spiking.threshold-shift", List.of("f–I curve", "conductance cell model"),
                "how far the fitted f–I threshold is from the line I_θ = I_θ° + v_θ g_L^total that 11.6 assumes, and how much the slope β changes",
                "none (measured; the lecture calls the shift 'approximately true'); error bars are 2 % of I_θ for scale", 0, context.seed(),
                "% of I_θ").reporting();
        Map<ComponentSpec, GainCalibration> gains = new LinkedHashMap<>();
        for (PopulationSpec p : networks.get(0).populations()) {
            if (gains.containsKey(p.neuron())) {
                continue;
            }
            GainCalibration.Membrane cell = GainCalibration.Membrane.of(p.neuron(), registries);
            GainCalibration g = GainCalibration.of(p.neuron(), SHUNTS_NS, registries, context.seed());
            gains.put(p.neuron(), g);
            double gL = cell.leakNs();
            for (int s = 0; s < SHUNTS_NS.length; s++) {
                double line = g.iThetaZeroPa() + g.vThetaMv() * (gL + SHUNTS_NS[s]);
                calibration.measure(new Comparison(p.name() + " g_s=" + SHUNTS_NS[s], line, g.thresholdsPa()[s], LINEARITY * Math.abs(g.thresholdsPa()[s]),
                        "pA"), 100 * Math.abs(g.thresholdsPa()[s] - line) / Math.abs(g.thresholdsPa()[s]),
                        p.name() + " " + g.lines().get(s) + String.format(Locale.ROOT, "; line I_θ° + v_θ g = %.2f pA", line));
            }
            calibration.note(String.format(Locale.ROOT, "%s: v_θ = %.3f mV (threshold − E_L = %.3f mV), I_θ° = %.3f pA, β at rest %.4f Hz/pA, "
                            + "slope change at %.0f nS %+.1f %% (neglected by 11.6)", p.name(), g.vThetaMv(), cell.thresholdMv() - cell.restingMv(),
                    g.iThetaZeroPa(), g.betaAtRest(), SHUNTS_NS[SHUNTS_NS.length - 1], 100 * g.largestSlopeChange()));
        }
        CheckRecorder rates = new CheckRecorder("conductance-spiking.network-rates", List.of("derived rate network", "conductance spiking"),
                "how far the derived rate network's fixed point (11.28–11.31, calibrated gain) is from the spiking network's population rates",
                "none (measured): the averaging of 11.12–11.14 drops the input fluctuations and 11.6 the slope change; error bars are the"
                        + " spiking rates' batch-means intervals (α = 1e-4)", 0, context.seed(), "% of the spiking rate").reporting();
        List<double[]> cvAndDiscrepancy = new ArrayList<>();
        for (NetworkSpec net : networks) {
            compareNetwork(net, gains, registries, context, rates, cvAndDiscrepancy);
        }
        if (cvAndDiscrepancy.size() >= 5) {
            double[] cv = cvAndDiscrepancy.stream().mapToDouble(x -> x[0]).toArray();
            double[] off = cvAndDiscrepancy.stream().mapToDouble(x -> x[1]).toArray();
            double[] drive = cvAndDiscrepancy.stream().mapToDouble(x -> x[2]).toArray();
            SpearmansCorrelation spearman = new SpearmansCorrelation();
            rates.note(String.format(Locale.ROOT, "where it grows: Spearman correlation of the relative discrepancy with the spiking CV %.2f, with the"
                    + " external rate %.2f, over %d populations", spearman.correlation(cv, off), spearman.correlation(drive, off), cv.length));
        }
        return List.of(calibration.result(), rates.result());
    }

    private static void compareNetwork(NetworkSpec spec, Map<ComponentSpec, GainCalibration> gains, Registries registries, ValidationContext context,
                                       CheckRecorder r, List<double[]> cvAndDiscrepancy) {
        Optional<double[]> fixedPoint = derivedRates(spec, gains, context.ratenet());
        SpikingSamples sim = SpikingSamples.measure(spec, registries, context.seed(), context.cases(2, 4), 300, 5, context.simulationThreads());
        if (fixedPoint.isEmpty()) {
            StringBuilder line = new StringBuilder(spec.name() + ": the derived rate network has no fixed point reachable from rest (its"
                    + " threshold-linear gain does not saturate, and the recurrent excitation it derives runs away); spiking");
            for (int p = 0; p < spec.populations().size(); p++) {
                line.append(String.format(Locale.ROOT, " %s %.3f Hz", spec.populations().get(p).name(), sim.rate(p).mean()));
            }
            r.note("info  " + line);
            return;
        }
        double[] derived = fixedPoint.get();
        for (int p = 0; p < spec.populations().size(); p++) {
            BatchMeans rate = sim.rate(p);
            double interval = rate.halfWidth(1e-4);
            String name = spec.populations().get(p).name();
            double relative = 100 * Math.abs(derived[p] - rate.mean()) / Math.max(rate.mean(), 1e-9);
            r.measure(new Comparison(spec.name() + " " + name, derived[p], rate.mean(), interval, "Hz"), relative, String.format(Locale.ROOT,
                    "%s %s: derived rate network %.3f Hz, spiking %.3f ± %.3f Hz (SE), CV %.2f, |Δ| %.3f Hz (%.0f %%)%s", spec.name(), name,
                    derived[p], rate.mean(), rate.standardError(), sim.cv(p), Math.abs(derived[p] - rate.mean()), relative,
                    Math.abs(derived[p] - rate.mean()) <= interval ? ", within the spiking rate's interval" : ""));
            if (rate.mean() > 1 && Double.isFinite(sim.cv(p))) {
                double drive = spec.stationaryDrives().stream().filter(d -> d.target().equals(name) && d instanceof DriveSpec.Poisson)
                        .mapToDouble(d -> ((DriveSpec.Poisson) d).totalRateHz()).sum();
                cvAndDiscrepancy.add(new double[] {sim.cv(p), relative, drive});
            }
        }
    }

    /**
     * The fixed point of the rate network derived from the spec with each population's calibrated conductance_rate cell,
     * from rest; empty when there is none to be reached (a threshold-linear network whose excitation runs away).
     */
    static Optional<double[]> derivedRates(NetworkSpec spec, Map<ComponentSpec, GainCalibration> gains, Ratenet ratenet) {
        Registries registries = ratenet.registries();
        NetworkSpec.Builder b = NetworkSpec.builder(spec.name() + "-derived");
        for (PopulationSpec p : spec.populations()) {
            GainCalibration.Membrane cell = GainCalibration.Membrane.of(p.neuron(), registries);
            GainCalibration g = gains.get(p.neuron());
            b.population(p.name(), p.size(), ComponentSpec.of("conductance_rate", ParameterSet.builder().put("C_m", cell.capacitancePf(), Unit.PF)
                    .put("g_L", cell.leakNs(), Unit.NS).put("V_leak", cell.restingMv(), Unit.MV)
                    .put("v_theta", g.vThetaMv(), Unit.MV).put("I_theta", g.iThetaZeroPa(), Unit.PA).put("gain", "threshold_linear")
                    .put("beta", g.betaAtRest(), Unit.HZ_PER_PA).build()));
        }
        spec.projections().forEach(b::projection);
        spec.stationaryDrives().forEach(b::drive);
        DerivedRateNetwork derived = ValidationContext.level(ratenet, Level.CONDUCTANCE, ConductanceLevel.class).evaluate(b.build());
        RateNetwork net = RateNetwork.of(derived.toRateNetwork(), registries.gains());
        double[] start = new double[net.size()];
        RateFixedPoints.FixedPoint fp = new RateFixedPoints().find(net, start);
        return fp == null ? Optional.empty() : Optional.of(fp.ratesHz());
    }

    /**
     * Reference-like networks with their parameters drawn from the context's seed: external rate 3–20 Hz per input, external
     * conductance 0.5–1.5 nS, AMPA 0.3–0.8 nS, GABA_A 1–4 nS, excitatory in-degree 50–120 (inhibitory a quarter); 20 in the
     * quick tier, 60 in the full one.
     */
    static List<NetworkSpec> generatedNetworks(ValidationContext context) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(context.seed(), 0xC0D0C7L));
        List<NetworkSpec> nets = new ArrayList<>();
        for (int k = 0; k < context.cases(20, 60); k++) {
            nets.add(network(String.format(Locale.ROOT, "conductance-ei-%d", k + 1), 3 + 17 * random.nextDouble(), 0.5 + random.nextDouble(),
                    0.3 + 0.5 * random.nextDouble(), 1 + 3 * random.nextDouble(), 50 + random.nextInt(71)));
        }
        return nets;
    }

    /** The reference conductance E–I network, driven by 100 external AMPA inputs per neuron at {@code externalHz} each. */
    static NetworkSpec referenceNetwork(double externalHz) {
        return network(String.format(Locale.ROOT, "reference-conductance-ei-%.0fHz", externalHz), externalHz, 1, 0.5, 2, 80);
    }

    private static NetworkSpec network(String name, double externalHz, double externalNs, double ampaNs, double gabaNs, int inDegree) {
        ComponentSpec lif = ComponentSpec.of("lif", ParameterSet.builder().put("tau_m", 20, Unit.MS).put("C_m", 200, Unit.PF).put("E_L", -70, Unit.MV)
                .put("V_th", -50, Unit.MV).put("V_reset", -60, Unit.MV).put("t_ref", 2, Unit.MS).build());
        ComponentSpec fromE = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", inDegree).build());
        ComponentSpec fromI = ComponentSpec.of("fixed_indegree", ParameterSet.builder().put("indegree", inDegree / 4).build());
        SynapseSpec ampa = SynapseSpec.conductance(ampaNs, 5, 0, 1);
        SynapseSpec gaba = SynapseSpec.conductance(gabaNs, 10, -80, 1);
        SynapseSpec external = SynapseSpec.conductance(externalNs, 5, 0, 0);
        return NetworkSpec.builder(name).population("E", 800, lif).population("I", 200, lif)
                .projection("E", "E", fromE, ampa).projection("E", "I", fromE, ampa).projection("I", "E", fromI, gaba).projection("I", "I", fromI, gaba)
                .drive(new DriveSpec.Poisson("E", externalHz, 100, external)).drive(new DriveSpec.Poisson("I", externalHz, 100, external))
                .build();
    }
}
