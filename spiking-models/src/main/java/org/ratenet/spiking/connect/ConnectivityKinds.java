package org.ratenet.spiking.connect;

import java.util.List;

import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.Kind;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.units.Dimension;

/** The connectivity kinds that experiment files name, with their parameters and NEST's defaults. */
public final class ConnectivityKinds {

    private static final ParameterDef AUTAPSES = ParameterDef.flag("autapses", true, "allow a neuron to connect to itself");
    private static final ParameterDef MULTAPSES = ParameterDef.flag("multapses", true, "allow repeated connections of one pair");

    public static final Kind<ConnectivityRule> FIXED_INDEGREE = Kind.of(FixedInDegree.NAME,
            ParameterSchema.of(ParameterDef.integer("indegree", "connections per target neuron").atLeast(0), AUTAPSES, MULTAPSES),
            p -> new FixedInDegree(p.integer("indegree"), p.flag("autapses"), p.flag("multapses")));

    public static final Kind<ConnectivityRule> FIXED_OUTDEGREE = Kind.of(FixedOutDegree.NAME,
            ParameterSchema.of(ParameterDef.integer("outdegree", "connections per source neuron").atLeast(0), AUTAPSES, MULTAPSES),
            p -> new FixedOutDegree(p.integer("outdegree"), p.flag("autapses"), p.flag("multapses")));

    public static final Kind<ConnectivityRule> PAIRWISE_BERNOULLI = Kind.of(PairwiseBernoulli.NAME,
            ParameterSchema.of(ParameterDef.quantity("p", Dimension.DIMENSIONLESS,
                    "connection probability").inRange(0, 1), AUTAPSES),
            p -> new PairwiseBernoulli(p.number("p", Dimension.DIMENSIONLESS), p.flag("autapses")));

    public static final Kind<ConnectivityRule> FIXED_TOTAL_NUMBER = Kind.of(FixedTotalNumber.NAME,
            ParameterSchema.of(ParameterDef.integer("n", "total number of connections").atLeast(0), AUTAPSES, MULTAPSES),
            p -> new FixedTotalNumber(p.integer("n"), p.flag("autapses"), p.flag("multapses")));

    public static final Kind<ConnectivityRule> ALL_TO_ALL = Kind.of(AllToAll.NAME, ParameterSchema.of(AUTAPSES),
            p -> new AllToAll(p.flag("autapses")));

    public static final Kind<ConnectivityRule> ONE_TO_ONE = Kind.of(OneToOne.NAME, ParameterSchema.NONE, p -> new OneToOne());

    public static final Kind<ConnectivityRule> INDEGREE_DISTRIBUTION = Kind.of(InDegreeDistribution.NAME,
            ParameterSchema.of(ParameterDef.text("distribution", InDegreeDistribution.DISTRIBUTIONS, "in-degree law"),
                    ParameterDef.quantity("mean", Dimension.DIMENSIONLESS, "mean in-degree").positive(),
                    ParameterDef.quantity("sd", Dimension.DIMENSIONLESS, "standard deviation (not used by poisson)").nonNegative()
                            .withDefault(0.0), AUTAPSES, MULTAPSES),
            p -> new InDegreeDistribution(p.text("distribution"), p.number("mean", Dimension.DIMENSIONLESS),
                    p.number("sd", Dimension.DIMENSIONLESS), p.flag("autapses"), p.flag("multapses")));

    public static final Kind<ConnectivityRule> DISTANCE_DEPENDENT = Kind.of(DistanceDependent.NAME,
            ParameterSchema.of(ParameterDef.text("geometry", DistanceDependent.GEOMETRIES, "ring or 2-D grid, periodic"),
                    ParameterDef.text("kernel", DistanceDependent.KERNELS, "fall-off with distance").withDefault("exponential"),
                    ParameterDef.quantity("p0", Dimension.DIMENSIONLESS, "probability at distance 0").inRange(0, 1),
                    ParameterDef.quantity("width", Dimension.DIMENSIONLESS, "kernel width, in units of the ring or torus side").positive(),
                    AUTAPSES),
            p -> new DistanceDependent(p.text("geometry"), p.text("kernel"), p.number("p0", Dimension.DIMENSIONLESS),
                    p.number("width", Dimension.DIMENSIONLESS), p.flag("autapses")));

    private ConnectivityKinds() {
    }

    public static List<Kind<ConnectivityRule>> all() {
        return List.of(FIXED_INDEGREE, FIXED_OUTDEGREE, PAIRWISE_BERNOULLI, FIXED_TOTAL_NUMBER, ALL_TO_ALL, ONE_TO_ONE,
                INDEGREE_DISTRIBUTION, DISTANCE_DEPENDENT);
    }
}
