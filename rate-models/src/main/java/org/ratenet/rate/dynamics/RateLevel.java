package org.ratenet.rate.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.Level;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.result.Provenance;
import org.ratenet.api.result.TimeSeries;
import org.ratenet.api.result.Warning;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.RateNetworkSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.WeightMatrix;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

/**
 * The {@code rate} level: a {@link NetworkSpec} of {@code rate} populations coupled by {@code rate} synapses
 * (W in pA/Hz), run population to population: W_ab = Σ K_ab w (K the rule's expected in-degree), external
 * Poisson drive as W_ext r_ext = Σ w K ν_ext, constant currents lowering θ. Integrated with exponential Euler
 * from μ = 0 for the experiment's duration and time step (1000 ms at 0.1 ms without an experiment); the
 * fixed point is then sought from the final state.
 */
public final class RateLevel implements Level<RateResult> {

    private static final SimulationSpec DEFAULT = new SimulationSpec(1000, 0.1, 0, 1);

    private final Registries registries;

    @Inject
    public RateLevel(Registries registries) {
        this.registries = registries;
    }

    @Override
    public String name() {
        return Level.RATE;
    }

    @Override
    public void checkSupported(NetworkSpec spec) {
        for (PopulationSpec p : spec.populations()) {
            if (!p.neuron().kind().equals(RateNeuronModel.NAME)) {
                throw new UnsupportedSpecException(name(), "neuron model '" + p.neuron().kind() + "' of population " + p.name(),
                        "the rate level runs rate units (model 'rate')");
            }
        }
        for (ProjectionSpec p : spec.projections()) {
            if (p.synapse().kind() != SynapseKind.RATE) {
                throw new UnsupportedSpecException(name(), p.synapse().kind().label() + " synapses of projection " + p.name(),
                        "rate units couple through rate synapses (W in pA/Hz)");
            }
            if (p.plasticity() != null) { // any rule runs by its rate limit; building it checks its parameters
                registries.plasticityRules().get(p.plasticity().kind()).build(p.plasticity().parameters());
            }
        }
        for (DriveSpec d : spec.stationaryDrives()) {
            if (d instanceof DriveSpec.Poisson poisson && poisson.synapse().kind() != SynapseKind.RATE) {
                throw new UnsupportedSpecException(name(), "drive of " + d.target() + " through " + poisson.synapse().kind().label()
                        + " synapses", "external rates act through rate synapses (W_ext in pA/Hz)");
            }
        }
    }

    @Override
    public RateResult evaluate(NetworkSpec spec) {
        return run(spec, DEFAULT);
    }

    @Override
    public RateResult evaluate(ExperimentSpec experiment) {
        return run(experiment.network(), experiment.simulation());
    }

    /** The population-level rate network of the spec, with the plastic projections at their initial weights. */
    public RateNetworkSpec rateNetwork(NetworkSpec spec) {
        return rateNetwork(spec, true);
    }

    /** The plastic projections as couplings K·W whose relative weights evolve by their rules' rate limits. */
    public List<PlasticCoupling> plasticCouplings(NetworkSpec spec) {
        List<String> names = spec.populations().stream().map(PopulationSpec::name).toList();
        List<PlasticCoupling> couplings = new ArrayList<>();
        for (ProjectionSpec p : spec.projections()) {
            if (p.plasticity() == null) {
                continue;
            }
            int a = names.indexOf(p.target());
            int b = names.indexOf(p.source());
            double k = registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters())
                    .expectedInDegree(spec.populations().get(b).size(), spec.populations().get(a).size(), a == b);
            couplings.add(new PlasticCoupling(p.name(), a, b, k * p.synapse().weight(),
                    registries.plasticityRules().get(p.plasticity().kind()).build(p.plasticity().parameters())));
        }
        return couplings;
    }

    private RateNetworkSpec rateNetwork(NetworkSpec spec, boolean includePlastic) {
        checkSupported(spec);
        List<PopulationSpec> pops = spec.populations();
        int n = pops.size();
        List<String> names = pops.stream().map(PopulationSpec::name).toList();
        double[] w = new double[n * n];
        for (ProjectionSpec p : spec.projections()) {
            if (p.plasticity() != null && !includePlastic) {
                continue;
            }
            int a = names.indexOf(p.target());
            int b = names.indexOf(p.source());
            double k = registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters())
                    .expectedInDegree(pops.get(b).size(), pops.get(a).size(), a == b);
            w[a * n + b] += k * p.synapse().weight();
        }
        double[] extProduct = new double[n];
        double[] extRate = new double[n];
        double[] theta = new double[n];
        double[] tau = new double[n];
        List<ComponentSpec> gains = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            RateUnitParameters u = (RateUnitParameters) registries.neuronModels().get(RateNeuronModel.NAME)
                    .build(pops.get(a).neuron().parameters());
            theta[a] = u.thresholdPa();
            tau[a] = u.tauMs();
            ParameterSet.Builder g = ParameterSet.builder().put("beta", Quantity.of(u.betaHzPerPa(), Unit.HZ_PER_PA));
            if (u.maxRateHz() > 0 || u.gain().equals("sigmoid")) {
                g.put("r_max", u.maxRateHz(), Unit.HZ);
            }
            gains.add(ComponentSpec.of(u.gain(), g.build()));
        }
        for (DriveSpec d : spec.stationaryDrives()) {
            int a = names.indexOf(d.target());
            if (d instanceof DriveSpec.Poisson p) {
                extProduct[a] += p.synapse().weight() * p.totalRateHz();
                extRate[a] += p.totalRateHz();
            } else if (d instanceof DriveSpec.Current c) {
                theta[a] -= c.currentPa();
            }
        }
        double[] wExt = new double[n];
        for (int a = 0; a < n; a++) {
            wExt[a] = extRate[a] > 0 ? extProduct[a] / extRate[a] : 0; // keeps W_ext r_ext exact with r_ext >= 0
        }
        return new RateNetworkSpec(names, new WeightMatrix.Dense(n, n, w), wExt, extRate, theta, tau, gains);
    }

    private RateResult run(NetworkSpec spec, SimulationSpec simulation) {
        List<PlasticCoupling> couplings = plasticCouplings(spec);
        RateNetworkSpec rateSpec = rateNetwork(spec, couplings.isEmpty());
        RateNetwork net = RateNetwork.of(rateSpec, registries.gains());
        int n = net.size();
        double dt = simulation.dtMs();
        double sample = dt * Math.max(1, Math.round(1.0 / dt)); // about every 1 ms, on the step grid
        double[] finalMu = new double[n];
        TimeSeries series;
        if (couplings.isEmpty()) {
            series = RateSimulator.run(net, new double[n], simulation.durationMs(), dt, sample, RateIntegrator.EXPONENTIAL_EULER, finalMu);
        } else { // the fixed point below is that of the network with its final weights
            double[] weights = new double[couplings.size()];
            series = PlasticRateSimulator.run(net, couplings, simulation.durationMs(), dt, sample, finalMu, weights);
            double[] w = new double[n * n];
            rateSpec.weights().forEach((i, j, v) -> w[i * n + j] += v);
            for (int p = 0; p < couplings.size(); p++) {
                w[couplings.get(p).target() * n + couplings.get(p).source()] += couplings.get(p).coupling() * weights[p];
            }
            net = RateNetwork.of(new RateNetworkSpec(rateSpec.labels(), new WeightMatrix.Dense(n, n, w), rateSpec.externalWeights(),
                    rateSpec.externalRatesHz(), rateSpec.thresholdsPa(), rateSpec.timeConstantsMs(), rateSpec.gains()), registries.gains());
        }
        double[] finalRates = new double[n];
        net.rates(finalMu, finalRates);
        RateFixedPoints.FixedPoint p = new RateFixedPoints().find(net, finalMu);
        List<Warning> warnings = new ArrayList<>();
        if (p == null) {
            warnings.add(new Warning("no-fixed-point", "a fixed point near the final state",
                    "Newton and relaxation found none (a limit cycle or slow drift?)"));
        } else if (!p.stability().stable()) {
            warnings.add(new Warning("unstable-fixed-point", "the fixed point near the final state is stable", p.stability().toString()));
        }
        Provenance provenance = new Provenance(name(), "Kleinfeld 11.32-11.33, population to population, exponential Euler",
                Map.of("duration", simulation.durationMs() + " ms", "dt", dt + " ms"));
        return new RateResult(net.labels(), series, finalRates, Optional.ofNullable(p), provenance, warnings);
    }
}
