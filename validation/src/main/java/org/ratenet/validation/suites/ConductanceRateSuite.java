package org.ratenet.validation.suites;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import org.quicktheories.core.Gen;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.conductance.CellParameters;
import org.ratenet.conductance.ConductanceDerivation;
import org.ratenet.api.model.Level;
import org.ratenet.conductance.ConductanceLevel;
import org.ratenet.conductance.ConductanceNetwork;
import org.ratenet.conductance.DerivedRateNetwork;
import org.ratenet.conductance.ExternalInput;
import org.ratenet.conductance.SynapseParameters;
import org.ratenet.validation.CaseOutcome;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.PropertyCheck;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * Conductance ↔ rate and rate ↔ binary, both exact (Kleinfeld, lecture 11): the conductance form of the input
 * (11.24–11.27) equals the derived weight form Σ W r + W_ext r_ext − θ (11.28–11.31) at any rates, to 1e-12 of the size of
 * its terms; and binary units in the 0/1 form with θ follow the same trajectory as in the ±1 form with
 * θ′ = 2θ − Σ W − W_ext (11.38–11.39) for any update order. On the user's conductance network (population and
 * neuron level) when one is given, otherwise on generated networks over physiological ranges (C_m 20–500 pF, g_L 1–50 nS,
 * V_leak −85…−50 mV, v_θ 0–30 mV, G 0–20 nS, τ 0.5–200 ms, reversal −100…+20 mV, external rates 0–10 kHz).
 */
public final class ConductanceRateSuite implements ValidationSuite {

    private static final double RELATIVE = 1e-12;

    @Override
    public String name() {
        return "conductance-rate";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        if (context.experiment().isEmpty()) {
            return Optional.empty();
        }
        try {
            context.ratenet().levels().get(Level.CONDUCTANCE).checkSupported(context.experiment().get().network());
            return Optional.empty();
        } catch (UnsupportedSpecException e) {
            return Optional.of("the network is not described by conductances: " + e.getMessage());
        }
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        int examples = context.cases(100, 1000);
        Gen<ConductanceNetwork> networks;
        String where;
        if (context.experiment().isPresent()) {
            ConductanceLevel level = context.level(Level.CONDUCTANCE, ConductanceLevel.class);
            ConductanceNetwork populations = level.populationNetwork(context.experiment().get().network());
            ConductanceNetwork neurons = level.neuronNetwork(context.experiment().get().network(), context.seed());
            networks = integers().between(0, 1).map(k -> k == 0 ? populations : neurons);
            where = context.experiment().get().network().name() + " (population and neuron level)";
            examples = context.cases(20, 100);
        } else {
            networks = generatedNetworks();
            where = "generated networks";
        }
        List<CheckResult> results = new ArrayList<>();
        CheckRecorder identity = new CheckRecorder("conductance-rate.identity", List.of("conductance", "rate"),
                "the conductance form of every unit's input equals the derived W, W_ext, θ form (" + where + ")",
                "exact: 1e-12 of the sum of the magnitudes of the terms", 0, context.seed(), "× 1e-12 of the terms");
        results.add(PropertyCheck.run(identity, networks.zip(longs().all(), Case::new), examples, 10, context.seed(), ConductanceRateSuite::identity));
        CheckRecorder binary = new CheckRecorder("conductance-rate.binary-forms", List.of("binary 0/1", "binary ±1"),
                "0/1 units with θ and ±1 units with θ′ = 2θ − ΣW − W_ext follow the same trajectory (" + where + ")",
                "exact: identical states after every update", 0, context.seed(), "");
        results.add(PropertyCheck.run(binary, networks.zip(longs().all(), Case::new), examples, 10, context.seed(), ConductanceRateSuite::binary));
        return results;
    }

    /** A network and the seed of the rates or states and update order tried on it. */
    record Case(ConductanceNetwork network, long seed) {
        @Override
        public String toString() {
            return network.size() + " units, " + network.synapseCount() + " synapse entries, seed " + seed;
        }
    }

    private static CaseOutcome identity(Case c) {
        ConductanceNetwork net = c.network();
        SplittableRandom random = new SplittableRandom(c.seed());
        int n = net.size();
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            rates[i] = 200 * random.nextDouble();
        }
        double[] off = new ConductanceDerivation().derive(net).relativeFormDiscrepancy(rates);
        double worst = 0;
        int worstUnit = 0;
        for (int i = 0; i < n; i++) {
            double inTolerances = off[i] / RELATIVE;
            if (!(inTolerances <= worst)) {
                worst = Double.isNaN(inTolerances) ? Double.POSITIVE_INFINITY : inTolerances;
                worstUnit = i;
            }
        }
        return CaseOutcome.of(worst <= 1, worst, String.format(Locale.ROOT, "%s: worst unit %d, |weight form − conductance form| = %.3g of its terms",
                c, worstUnit, off[worstUnit]));
    }

    private static CaseOutcome binary(Case c) {
        DerivedRateNetwork d = new ConductanceDerivation().derive(c.network());
        double[] wExt = new double[d.size()];
        double[] theta = new double[d.size()];
        for (int i = 0; i < d.size(); i++) {
            wExt[i] = d.externalWeight(i);
            theta[i] = d.threshold(i);
        }
        return BinaryForms.compare(d.weights(), wExt, theta, c.seed(), c.toString());
    }

    /** 1–8 units, 0–20 synapse entries of multiplicity 1–500, over the ranges in the class comment. */
    static Gen<ConductanceNetwork> generatedNetworks() {
        Gen<CellParameters> cells = in -> new CellParameters(doubles().between(20, 500).generate(in), doubles().between(1, 50).generate(in),
                doubles().between(-85, -50).generate(in), doubles().between(0, 30).generate(in), doubles().between(-300, 300).generate(in),
                CellParameters.THRESHOLD_LINEAR, doubles().between(0.01, 1).generate(in), 0);
        Gen<SynapseParameters> synapses = in -> new SynapseParameters(doubles().between(0, 20).generate(in),
                doubles().between(0.5, 200).generate(in), doubles().between(-100, 20).generate(in));
        Gen<ExternalInput> externals = in -> new ExternalInput(doubles().between(0, 20).generate(in), doubles().between(0.5, 50).generate(in),
                doubles().between(-100, 20).generate(in), doubles().between(0, 10_000).generate(in));
        return in -> {
            ConductanceNetwork.Builder b = ConductanceNetwork.builder();
            int n = integers().between(1, 8).generate(in);
            for (int i = 0; i < n; i++) {
                b.unit("u" + i, cells.generate(in), externals.generate(in));
            }
            int m = integers().between(0, 20).generate(in);
            for (int k = 0; k < m; k++) {
                b.synapse(integers().between(0, n - 1).generate(in), integers().between(0, n - 1).generate(in),
                        integers().between(1, 500).generate(in), synapses.generate(in));
            }
            return b.build();
        };
    }
}
