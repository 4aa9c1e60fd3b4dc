package org.ratenet.api.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.error.Require;

/**
 * A network as data: populations, projections between them, external drive and what to record, and the neuron models
 * the network defines itself (e.g. from equations in its file), which its populations use by name like registered
 * ones. Immutable and validated as a whole: names are unique and every reference names an existing
 * population. Build in code with {@link #builder(String)}.
 */
public record NetworkSpec(String name, List<PopulationSpec> populations, List<ProjectionSpec> projections,
                          List<DriveSpec> drives, RecordingSpec recording, Map<String, NeuronModel<?>> models) {

    /** A network that defines no models of its own. */
    public NetworkSpec(String name, List<PopulationSpec> populations, List<ProjectionSpec> projections, List<DriveSpec> drives,
                       RecordingSpec recording) {
        this(name, populations, projections, drives, recording, Map.of());
    }

    public NetworkSpec {
        Require.name("network name", name);
        Map<String, NeuronModel<?>> ownModels = new LinkedHashMap<>();
        Require.nonNull("models", models).forEach((k, v) -> {
            if (!Require.nonNull("model " + k, v).name().equals(k)) {
                throw new InvalidParameterException("models", k, "the name of the model it maps to ('" + v.name() + "')");
            }
            ownModels.put(k, v);
        });
        models = Collections.unmodifiableMap(ownModels);
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
        drives = List.copyOf(drives);
        Require.nonNull("recording", recording);
        if (populations.isEmpty()) {
            throw new InvalidParameterException("populations", "[]", "at least one population");
        }
        Set<String> names = new HashSet<>();
        for (PopulationSpec p : populations) {
            if (!names.add(p.name())) {
                throw new InvalidParameterException("populations", p.name(), "unique names; '" + p.name() + "' appears twice");
            }
        }
        Set<String> projectionNames = new HashSet<>();
        for (ProjectionSpec p : projections) {
            requirePopulation(names, "projections[" + p.name() + "].source", p.source());
            requirePopulation(names, "projections[" + p.name() + "].target", p.target());
            if (!projectionNames.add(p.name())) {
                throw new InvalidParameterException("projections", p.name(),
                        "unique names; '" + p.name() + "' appears twice (name the projections)");
            }
        }
        for (int i = 0; i < drives.size(); i++) {
            requirePopulation(names, "drive[" + i + "].target", drives.get(i).target());
        }
        for (String p : recording.spikePopulations()) {
            requirePopulation(names, "recording.spikes", p);
        }
        for (RecordingSpec.Probe probe : recording.probes()) {
            requirePopulation(names, "recording.probes.population", probe.population());
        }
    }

    private static void requirePopulation(Set<String> names, String field, String population) {
        if (!names.contains(population)) {
            throw new InvalidParameterException(field, population, "the name of a population " + names);
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The population of this name. */
    public Optional<PopulationSpec> population(String populationName) {
        return populations.stream().filter(p -> p.name().equals(populationName)).findFirst();
    }

    /** The total number of neurons. */
    public long neuronCount() {
        return populations.stream().mapToLong(PopulationSpec::size).sum();
    }

    /** Population name to size, in the order of the spec. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        populations.forEach(p -> sizes.put(p.name(), p.size()));
        return sizes;
    }

    /** The drives a stationary level sees: every drive but the Poisson drives that stop (transient kicks). */
    public List<DriveSpec> stationaryDrives() {
        return drives.stream().filter(d -> !(d instanceof DriveSpec.Poisson p) || p.persistent()).toList();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("NetworkSpec ").append(name);
        models.values().forEach(m -> b.append("\n  model ").append(m));
        populations.forEach(p -> b.append("\n  population ").append(p));
        projections.forEach(p -> b.append("\n  projection ").append(p));
        drives.forEach(d -> b.append("\n  drive ").append(d));
        return b.append("\n  recording ").append(recording).toString();
    }

    /** Assembles a {@link NetworkSpec}; {@link #build()} validates the whole. */
    public static final class Builder {
        private final String name;
        private final List<PopulationSpec> populations = new ArrayList<>();
        private final List<ProjectionSpec> projections = new ArrayList<>();
        private final List<DriveSpec> drives = new ArrayList<>();
        private RecordingSpec recording = RecordingSpec.RATES_ONLY;
        private final Map<String, NeuronModel<?>> models = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder population(PopulationSpec population) {
            populations.add(population);
            return this;
        }

        public Builder population(String populationName, int size, ComponentSpec neuron) {
            return population(new PopulationSpec(populationName, size, neuron));
        }

        public Builder projection(ProjectionSpec projection) {
            projections.add(projection);
            return this;
        }

        public Builder projection(String source, String target, ComponentSpec connectivity, SynapseSpec synapse) {
            return projection(ProjectionSpec.of(source, target, connectivity, synapse));
        }

        public Builder drive(DriveSpec drive) {
            drives.add(drive);
            return this;
        }

        public Builder recording(RecordingSpec spec) {
            this.recording = spec;
            return this;
        }

        /** A model this network defines itself, used by its populations by name. */
        public Builder model(NeuronModel<?> model) {
            models.put(model.name(), model);
            return this;
        }

        public NetworkSpec build() {
            return new NetworkSpec(name, populations, projections, drives, recording, models);
        }
    }
}
