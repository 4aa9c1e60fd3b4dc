package org.ratenet.api.spec;

import java.util.Optional;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * Connections from one population to another: a name (unique in the network; by default
 * {@code source->target}), the connectivity rule with its parameters, the synapse, and an optional
 * plasticity rule (null when the synapses are static).
 */
public record ProjectionSpec(String name, String source, String target, ComponentSpec connectivity,
                             SynapseSpec synapse, ComponentSpec plasticity) {

    public ProjectionSpec {
        Require.name("source", source);
        Require.name("target", target);
        if (name == null) {
            name = defaultName(source, target);
        }
        if (name.isBlank() || !name.matches("[^\\s\\p{Cntrl}]+")) {
            throw new InvalidParameterException("projection name", "'" + name + "'", "non-empty text without spaces");
        }
        Require.nonNull("connectivity", connectivity);
        Require.nonNull("synapse", synapse);
        if (synapse.kind().carriesSpikes() && !(synapse.delayMs() > 0)) {
            throw new InvalidParameterException("delay", Require.format(synapse.delayMs()) + " ms", "> 0 ms for a projection");
        }
    }

    /** A static projection named {@code source->target}. */
    public static ProjectionSpec of(String source, String target, ComponentSpec connectivity, SynapseSpec synapse) {
        return new ProjectionSpec(null, source, target, connectivity, synapse, null);
    }

    public static String defaultName(String source, String target) {
        return source + "->" + target;
    }

    public Optional<ComponentSpec> plasticityRule() {
        return Optional.ofNullable(plasticity);
    }

    /** A copy with another plasticity rule (null for static synapses). */
    public ProjectionSpec withPlasticity(ComponentSpec rule) {
        return new ProjectionSpec(name, source, target, connectivity, synapse, rule);
    }

    /** A copy with another synapse. */
    public ProjectionSpec withSynapse(SynapseSpec newSynapse) {
        return new ProjectionSpec(name, source, target, connectivity, newSynapse, plasticity);
    }

    @Override
    public String toString() {
        return name + ": " + source + " -> " + target + ", " + connectivity + ", " + synapse
                + (plasticity == null ? "" : ", plastic " + plasticity);
    }
}
