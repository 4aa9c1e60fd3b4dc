package org.ratenet.conductance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.ratenet.api.random.SeedSequence;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.Level;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.SynapseSpec;

/**
 * The {@code conductance} level: a {@link NetworkSpec} whose populations are {@code conductance_rate}
 * cells, whose projections are conductance synapses and whose drive is Poisson input through conductance
 * synapses, turned into its effective rate network. {@link #evaluate} works population to population
 * (each entry carries the expected in-degree K of its connectivity rule); {@link #evaluateNeurons} draws
 * the connections with the projection's rule and works neuron to neuron.
 */
public final class ConductanceLevel implements Level<DerivedRateNetwork> {

    private final Registries registries;
    private final ConductanceDerivation derivation;

    @Inject
    public ConductanceLevel(Registries registries) {
        this(registries, new ConductanceDerivation());
    }

    public ConductanceLevel(Registries registries, ConductanceDerivation derivation) {
        this.registries = registries;
        this.derivation = derivation;
    }

    @Override
    public String name() {
        return Level.CONDUCTANCE;
    }

    @Override
    public void checkSupported(NetworkSpec spec) {
        for (PopulationSpec p : spec.populations()) {
            if (!p.neuron().kind().equals(ConductanceCellModel.NAME)) {
                throw new UnsupportedSpecException(name(), "neuron model '" + p.neuron().kind() + "' of population " + p.name(),
                        "the derivation needs " + ConductanceCellModel.NAME + " cells (with v_theta, I_theta, gain, beta)");
            }
        }
        for (ProjectionSpec p : spec.projections()) {
            if (p.synapse().kind() != SynapseKind.CONDUCTANCE) {
                throw new UnsupportedSpecException(name(), p.synapse().kind().label() + " synapses of projection " + p.name(),
                        "W = G tau (V_syn - v_theta - V_leak) needs conductance synapses");
            }
            if (p.plasticity() != null) {
                throw new UnsupportedSpecException(name(), "plasticity of projection " + p.name(),
                        "the derivation is for static synapses");
            }
        }
        Map<String, Integer> drives = new HashMap<>();
        for (DriveSpec d : spec.stationaryDrives()) {
            if (!(d instanceof DriveSpec.Poisson poisson) || poisson.synapse().kind() != SynapseKind.CONDUCTANCE) {
                throw new UnsupportedSpecException(name(), "drive " + d, "external input must be Poisson through a conductance synapse (11.16-11.21)");
            }
            if (drives.merge(d.target(), 1, Integer::sum) > 1) {
                throw new UnsupportedSpecException(name(), "a second drive of population " + d.target(),
                        "11.30 has one external input (G_ext, tau_ext, V_ext) per cell");
            }
        }
    }

    /** Population to population. */
    @Override
    public DerivedRateNetwork evaluate(NetworkSpec spec) {
        return derivation.derive(populationNetwork(spec));
    }

    /** Neuron to neuron, with connections drawn from {@code seed} (one stream per projection). */
    public DerivedRateNetwork evaluateNeurons(NetworkSpec spec, long seed) {
        return derivation.derive(neuronNetwork(spec, seed));
    }

    /** One unit per population; entry multiplicity = expected in-degree of the rule. */
    public ConductanceNetwork populationNetwork(NetworkSpec spec) {
        checkSupported(spec);
        ConductanceNetwork.Builder b = ConductanceNetwork.builder();
        Map<String, Integer> index = new HashMap<>();
        for (PopulationSpec p : spec.populations()) {
            index.put(p.name(), b.unit(p.name(), cell(p), external(spec, p.name())));
        }
        for (ProjectionSpec p : spec.projections()) {
            int sourceSize = spec.population(p.source()).orElseThrow().size();
            int targetSize = spec.population(p.target()).orElseThrow().size();
            double k = rule(p).expectedInDegree(sourceSize, targetSize, p.source().equals(p.target()));
            b.synapse(index.get(p.target()), index.get(p.source()), k, synapse(p.synapse()));
        }
        return b.build();
    }

    /** One unit per neuron, labelled {@code E[3]}; one entry per drawn connection. */
    public ConductanceNetwork neuronNetwork(NetworkSpec spec, long seed) {
        checkSupported(spec);
        ConductanceNetwork.Builder b = ConductanceNetwork.builder();
        Map<String, Integer> offset = new HashMap<>();
        for (PopulationSpec p : spec.populations()) {
            CellParameters cell = cell(p);
            ExternalInput ext = external(spec, p.name());
            offset.put(p.name(), b.unit(p.name() + "[0]", cell, ext));
            for (int i = 1; i < p.size(); i++) {
                b.unit(p.name() + "[" + i + "]", cell, ext);
            }
        }
        List<ProjectionSpec> projections = spec.projections();
        for (int index = 0; index < projections.size(); index++) {
            ProjectionSpec p = projections.get(index);
            int sourceSize = spec.population(p.source()).orElseThrow().size();
            int targetSize = spec.population(p.target()).orElseThrow().size();
            int from = offset.get(p.source());
            int to = offset.get(p.target());
            SynapseParameters s = synapse(p.synapse());
            UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(seed, index));
            rule(p).connect(sourceSize, targetSize, p.source().equals(p.target()), random,
                    (src, tgt) -> b.synapse(to + tgt, from + src, 1, s));
        }
        return b.build();
    }

    private CellParameters cell(PopulationSpec p) {
        return (CellParameters) registries.neuronModels().get(p.neuron().kind()).build(p.neuron().parameters());
    }

    private ConnectivityRule rule(ProjectionSpec p) {
        return registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters());
    }

    private static SynapseParameters synapse(SynapseSpec s) {
        return new SynapseParameters(s.weight(), s.tauSynMs(), s.reversalMv());
    }

    private static ExternalInput external(NetworkSpec spec, String population) {
        for (DriveSpec d : spec.stationaryDrives()) {
            if (d.target().equals(population) && d instanceof DriveSpec.Poisson p) {
                SynapseSpec s = p.synapse();
                return new ExternalInput(s.weight(), s.tauSynMs(), s.reversalMv(), p.totalRateHz());
            }
        }
        return ExternalInput.NONE;
    }
}
