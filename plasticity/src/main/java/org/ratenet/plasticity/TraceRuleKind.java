package org.ratenet.plasticity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.Registry;
import org.ratenet.api.units.Dimension;

/**
 * The {@code trace} rule as files name it: {@code plasticity: {rule: trace, r_p: 2 Hz, tau_w: 0 ms,
 * weight_function: hebbian, nu_ref: 10 Hz, w_max: 3}}. Its own parameters are r_p, tau_w and weight_function; the
 * others belong to the named weight function, any registered one (built-in or a user's), and are scoped to it: the
 * schema for a given {@code weight_function} ({@link #parameters(Map)}) is the rule's own plus that function's, so two
 * functions may use the same parameter name with different meanings.
 */
public final class TraceRuleKind implements Kind<PlasticityRule> {

    private static final List<ParameterDef> OWN = List.of(
            ParameterDef.quantity("r_p", Dimension.RATE, "degradation rate of the spike traces").positive(),
            ParameterDef.quantity("tau_w", Dimension.TIME, "relaxation time of the weights, 0 for instantaneous").nonNegative().withDefault(0.0));

    private final Registry<Kind<WeightFunction>> functions;
    private final ParameterDef choice;

    @Inject
    public TraceRuleKind(Map<String, Kind<WeightFunction>> functions) {
        this.functions = new Registry<>("weight function", functions);
        this.choice = ParameterDef.text("weight_function", List.copyOf(new TreeMap<>(functions).keySet()), "W(nu_post, nu_pre)");
    }

    /** The rule's own parameters and {@code weight_function}; the function's parameters come with {@link #parameters(Map)}. */
    @Override
    public ParameterSchema parameters() {
        List<ParameterDef> defs = new ArrayList<>(OWN);
        defs.add(choice);
        return ParameterSchema.of(defs.toArray(ParameterDef[]::new));
    }

    /** The rule's own parameters plus those of the chosen weight function (an unknown function lists the known ones). */
    @Override
    public ParameterSchema parameters(Map<String, String> choices) {
        String function = choices.get("weight_function");
        if (function == null) {
            return parameters();
        }
        List<ParameterDef> defs = new ArrayList<>(parameters().definitions());
        for (ParameterDef d : functions.get(function).parameters().definitions()) {
            if (defs.stream().anyMatch(o -> o.name().equals(d.name()))) {
                throw new InvalidParameterException("weight function " + function + " parameter", d.name(),
                        "a name the trace rule does not use itself (" + parameters().allowedNames() + ")");
            }
            defs.add(d);
        }
        return ParameterSchema.of(defs.toArray(ParameterDef[]::new));
    }

    @Override
    public String name() {
        return TraceRule.NAME;
    }

    /** Splits the parameters into the rule's own and the weight function's, and builds both. */
    @Override
    public PlasticityRule build(ParameterSet given) {
        Object function = given.values().get("weight_function");
        if (function == null) {
            throw InvalidParameterException.missing("weight_function", "one of " + String.join(", ", new TreeSet<>(functions.names())));
        }
        Kind<WeightFunction> kind = functions.get(function.toString());
        Map<String, Object> own = new LinkedHashMap<>();
        Map<String, Object> rest = new LinkedHashMap<>();
        given.values().forEach((k, v) -> {
            if (k.equals("weight_function")) {
                return;
            }
            (OWN.stream().anyMatch(d -> d.name().equals(k)) ? own : rest).put(k, v);
        });
        ParameterSet ownValid = ParameterSchema.of(OWN.toArray(ParameterDef[]::new)).validate(new ParameterSet(own));
        return new TraceRule(new SpikeTrace(ownValid.number("r_p", Dimension.RATE)), kind.build(new ParameterSet(rest)),
                ownValid.number("tau_w", Dimension.TIME));
    }

    @Override
    public PlasticityRule create(ParameterSet validated) {
        return build(validated);
    }
}
