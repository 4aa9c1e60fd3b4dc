package org.ratenet.api.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseSpec;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;

/**
 * QuickTheories generators of valid specs over physiologically meaningful ranges: τ_m 1–100 ms,
 * thresholds 5–40 mV above reset, PSPs ±5 mV, currents ±2 nA, conductances 0–50 nS, delays 0.1–20 ms,
 * populations of 1–100,000 neurons.
 */
public final class SpecGenerators {

    private SpecGenerators() {
    }

    /** Any finite double, including subnormals and extremes. */
    public static Gen<Double> finiteDoubles() {
        return doubles().any().assuming(Double::isFinite);
    }

    public static Gen<Dimension> dimensions() {
        return Generate.enumValues(Dimension.class);
    }

    public static Gen<Quantity> quantities() {
        return finiteDoubles().zip(dimensions(), Quantity::new);
    }

    /** Units that are not the canonical one of their dimension, for conversion checks. */
    public static Gen<Unit> units() {
        return Generate.pick(new ArrayList<>(Unit.all().values()));
    }

    public static Gen<String> names() {
        return Generate.pick(List.of("E", "I", "exc", "inh", "L23e", "L4_i", "pop.1", "thalamus", "PV", "SOM"));
    }

    public static Gen<ParameterSet> lifParameters() {
        return in -> {
            double reset = doubles().between(-80, 10).generate(in);
            double threshold = reset + doubles().between(5, 40).generate(in);
            return ParameterSet.builder()
                    .put("tau_m", doubles().between(1, 100).generate(in), Unit.MS)
                    .put("V_th", threshold, Unit.MV)
                    .put("V_reset", reset, Unit.MV)
                    .put("t_ref", doubles().between(0, 5).generate(in), Unit.MS)
                    .put("E_L", doubles().between(-80, 0).generate(in), Unit.MV)
                    .build();
        };
    }

    public static Gen<SynapseSpec> synapses() {
        return in -> {
            double delay = doubles().between(0.1, 20).generate(in);
            return switch (integers().between(0, 3).generate(in)) {
                case 0 -> booleans().all().generate(in)
                        ? SynapseSpec.delta(doubles().between(-5, 5).generate(in), delay)
                        : SynapseSpec.delta(doubles().between(0.01, 5).generate(in), delay).withWeights(
                                Generate.pick(List.of("normal", "lognormal", "uniform")).generate(in), doubles().between(0.001, 1).generate(in));
                case 3 -> SynapseSpec.rate(doubles().between(-10, 10).generate(in));
                case 1 -> SynapseSpec.current(doubles().between(-2000, 2000).generate(in),
                        doubles().between(0.1, 50).generate(in), delay).withDelays(delay + doubles().between(0, 5).generate(in));
                default -> {
                    SynapseSpec conductance = SynapseSpec.conductance(doubles().between(0, 50).generate(in),
                            doubles().between(0.1, 50).generate(in), doubles().between(-90, 0).generate(in), delay);
                    yield booleans().all().generate(in) ? conductance : conductance.withNormalDelays(doubles().between(0.01, 3).generate(in),
                            delay + doubles().between(0.1, 10).generate(in));
                }
            };
        };
    }

    public static Gen<ComponentSpec> connectivity() {
        return in -> switch (integers().between(0, 2).generate(in)) {
            case 0 -> ComponentSpec.of("fixed_indegree", ParameterSet.builder()
                    .put("indegree", integers().between(1, 100).generate(in))
                    .put("multapses", booleans().all().generate(in)).build());
            case 1 -> ComponentSpec.of("pairwise_bernoulli", ParameterSet.builder()
                    .put("p", doubles().between(0, 1).generate(in)).build());
            default -> ComponentSpec.of("all_to_all");
        };
    }

    public static Gen<NetworkSpec> networks() {
        return in -> {
            List<String> pops = new ArrayList<>(new java.util.LinkedHashSet<>(
                    List.of(names().generate(in), names().generate(in), names().generate(in))));
            NetworkSpec.Builder b = NetworkSpec.builder("net-" + integers().between(0, 999).generate(in));
            for (String p : pops) {
                b.population(p, integers().between(100, 100_000).generate(in), ComponentSpec.of("lif", lifParameters().generate(in)));
            }
            int projections = integers().between(0, 4).generate(in);
            for (int k = 0; k < projections; k++) {
                String s = Generate.pick(pops).generate(in);
                String t = Generate.pick(pops).generate(in);
                b.projection(new ProjectionSpec(s + "->" + t + "#" + k, s, t, connectivity().generate(in),
                        synapses().generate(in), null));
            }
            for (String p : pops) {
                if (booleans().all().generate(in)) {
                    double start = booleans().all().generate(in) ? 0 : doubles().between(0, 100).generate(in);
                    double stop = booleans().all().generate(in) ? Double.POSITIVE_INFINITY : start + doubles().between(0.1, 100).generate(in);
                    b.drive(new DriveSpec.Poisson(p, doubles().between(0, 50).generate(in),
                            integers().between(1, 2000).generate(in), synapses().generate(in), start, stop));
                } else {
                    b.drive(new DriveSpec.Current(p, doubles().between(-500, 500).generate(in)));
                }
            }
            b.recording(new RecordingSpec(pops.subList(0, 1), booleans().all().generate(in) ? RecordingSpec.ALL : 50,
                    doubles().between(0.1, 10).generate(in),
                    List.of(new RecordingSpec.Probe(pops.get(0), "V_m", 3, 0.5)),
                    booleans().all().generate(in) ? 0 : doubles().between(0.1, 500).generate(in)));
            return b.build();
        };
    }

    public static Gen<ExperimentSpec> experiments() {
        return in -> {
            double duration = doubles().between(10, 10_000).generate(in);
            SimulationSpec sim = new SimulationSpec(duration, Generate.pick(List.of(0.01, 0.05, 0.1, 0.25)).generate(in),
                    doubles().between(0, duration / 2).generate(in), longs().all().generate(in));
            return new ExperimentSpec(networks().generate(in), sim,
                    java.util.Map.of("g", Quantity.number(doubles().between(0, 8).generate(in)),
                            "J", Quantity.of(doubles().between(0.01, 1).generate(in), Unit.MV)));
        };
    }
}
