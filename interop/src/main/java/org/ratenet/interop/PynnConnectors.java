package org.ratenet.interop;

import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ProjectionSpec;

/**
 * ratenet's connectivity rules as PyNN connectors, for exports with {@code --rules}: fixed in-degree as
 * {@code FixedNumberPreConnector}, fixed out-degree as {@code FixedNumberPostConnector}, pairwise Bernoulli as
 * {@code FixedProbabilityConnector}, a fixed total as {@code FixedTotalNumberConnector}, all-to-all and one-to-one as
 * themselves; autapses and multapses as {@code allow_self_connections} and {@code with_replacement}. PyNN draws its own
 * graph of the same law. Rules without a PyNN connector, and drawn weights or delays, need the realised connections.
 */
final class PynnConnectors {

    private PynnConnectors() {
    }

    /** The Python expression of the connector of projection {@code q}. */
    static String rule(ProjectionSpec q, Registries registries) {
        if (q.synapse().drawnWeights() || q.synapse().drawnDelays()) {
            throw new UnsupportedSpecException(PynnExport.LEVEL, "drawn weights or delays of projection " + q.name() + " with --rules",
                    "constant weights and delays (export the realised connections instead: leave out --rules)");
        }
        String kind = q.connectivity().kind();
        ParameterSet p = registries.connectivityRules().get(kind).parameters().validate(q.connectivity().parameters());
        String self = "allow_self_connections=" + python(p.contains("autapses") && p.flag("autapses"));
        String replace = "with_replacement=" + python(p.contains("multapses") && p.flag("multapses"));
        return switch (kind) {
            case "fixed_indegree" -> "sim.FixedNumberPreConnector(" + p.integer("indegree") + ", " + self + ", " + replace + ", rng=rng)";
            case "fixed_outdegree" -> "sim.FixedNumberPostConnector(" + p.integer("outdegree") + ", " + self + ", " + replace + ", rng=rng)";
            case "pairwise_bernoulli" -> "sim.FixedProbabilityConnector(" + p.number("p", org.ratenet.api.units.Dimension.DIMENSIONLESS) + ", " + self
                    + ", rng=rng)";
            case "fixed_total_number" -> "sim.FixedTotalNumberConnector(" + p.integer("n") + ", " + self + ", " + replace + ", rng=rng)";
            case "all_to_all" -> "sim.AllToAllConnector(" + self + ")";
            case "one_to_one" -> "sim.OneToOneConnector()";
            default -> throw new UnsupportedSpecException(PynnExport.LEVEL, "connectivity rule '" + kind + "' of projection " + q.name() + " with --rules",
                    "a rule with a PyNN connector (export the realised connections instead: leave out --rules)");
        };
    }

    static String python(boolean b) {
        return b ? "True" : "False";
    }

    /** A number as a Python literal. */
    static String python(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "float('inf')";
    }
}
