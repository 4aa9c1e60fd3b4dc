package org.ratenet.equations;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ratenet.api.dynamics.InputChannel;
import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.PopulationState;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.dynamics.SynapticChannels;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.model.AbstractNeuronModel;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.TransferFunction;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Quantity;

/**
 * A neuron model defined by equations ({@link ModelDefinition}), checked for units when it is parsed and compiled to
 * bytecode for each kind of synaptic input it receives. It is a {@link SpikingNeuronModel} like any other: registered
 * by name, its state declared (every variable recordable by name, the membrane also as {@code V_m}), checkpointed and
 * thread-count invariant. A one-dimensional model also gets its transfer function by first passage, and with it the
 * mean-field levels ({@link OneDimensionalEquationModel}).
 *
 * <p>Synaptic input: delta synapses jump the membrane variable (default {@code V}); current synapses, constant
 * currents and conductance synapses enter through {@code I_syn} (pA), with I_syn = Σ I_c + Σ g_c (E_c − V), every channel
 * held at its value at the step's midpoint. While refractory, the membrane is held (PSP jumps are dropped and the
 * threshold is not tested) and the other variables evolve, as in NEST. The integration method is chosen from the
 * equations ({@link IntegrationMethod}) unless the definition names one.
 */
public class EquationModel extends AbstractNeuronModel<EquationParameters> implements SpikingNeuronModel<EquationParameters> {

    private final ModelDefinition definition;
    final CheckedModel checked;
    private final Map<InputShape, Compiled> compiled = new ConcurrentHashMap<>();
    /** The refractory period as a function of the parameters, compiled once. */
    private final Evaluator.Compiled refractory;

    private record Compiled(Discretization discretization, String source, Constructor<? extends EquationPopulation> constructor) {
    }

    EquationModel(ModelDefinition definition, CheckedModel checked, Set<String> levels) {
        super(definition.name(), EquationParameters.class, schema(checked), levels);
        this.definition = definition;
        this.checked = checked;
        this.refractory = checked.refractory().map(new Evaluator(checked.parameterSlots(), () -> 0)::compile).orElse(x -> 0);
    }

    /**
     * Parses and checks a definition: an {@link EquationException} (with field, line and column) for malformed
     * equations, unknown names, inconsistent units, a missing threshold or a reset of anything but a state variable.
     */
    public static EquationModel parse(ModelDefinition definition) {
        Require.nonNull("definition", definition);
        CheckedModel checked = Checker.check(definition);
        return OneDimensionalEquationModel.analyse(checked)
                .<EquationModel>map(first -> new OneDimensionalEquationModel(definition, checked, first))
                .orElseGet(() -> new EquationModel(definition, checked, Set.of(Level.SPIKING)));
    }

    /** The definition this model was parsed from (what a file writes back). */
    public ModelDefinition definition() {
        return definition;
    }

    /** The state variables, in declaration order. */
    public List<String> variables() {
        return checked.variables();
    }

    /** The integration method used for populations with current ({@code conductances} false) or conductance input. */
    public IntegrationMethod method(boolean conductances) {
        return Discretization.of(checked, new InputShape(conductances, conductances)).method;
    }

    /** The generated Java source of the update for populations with this input, to read or debug. */
    public String javaSource(boolean channels, boolean conductances) {
        return compiled(new InputShape(channels || conductances, conductances)).source();
    }

    /**
     * This model with a transfer function the user supplies (e.g. an adiabatic approximation for a model with
     * adaptation), which gives it the mean-field levels.
     */
    public EquationModel withTransferFunction(TransferFunction<EquationParameters> transfer) {
        return new SuppliedTransferEquationModel(definition, checked, Require.nonNull("transfer function", transfer));
    }

    @Override
    public String unsupportedReason(String level) {
        if (level.equals(Level.MEANFIELD) || level.equals("meanfield-spiking")) {
            return OneDimensionalEquationModel.whyNot(checked).orElse("it has no transfer function")
                    + "; supply one with EquationModel.withTransferFunction(...)";
        }
        return super.unsupportedReason(level);
    }

    @Override
    public EquationParameters create(ParameterSet p) {
        List<String> names = List.copyOf(checked.parameters().keySet());
        double[] values = new double[names.size()];
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            Dimension dimension = checked.parameters().get(name);
            double canonical = p.number(name, dimension);
            if (checked.divisors().contains(name) && canonical == 0) {
                throw new InvalidParameterException(name, new Quantity(canonical, dimension).format(), "not 0: it divides in the equations of model '"
                        + name() + "'");
            }
            values[k] = dimension.toBase(canonical);
        }
        return new EquationParameters(name(), p, values);
    }

    @Override
    public PopulationDynamics dynamics(EquationParameters p, PopulationContext context) {
        boolean currents = false;
        boolean conductances = false;
        for (InputChannel c : context.channels()) {
            currents |= c.type() == InputChannel.Type.CURRENT;
            conductances |= c.type() == InputChannel.Type.CONDUCTANCE;
        }
        if ((currents || conductances || context.constantCurrentPa() != 0) && !checked.usesSynapticCurrent()) {
            throw new UnsupportedSpecException(Level.SPIKING, "current or conductance input to population " + context.name(),
                    "model '" + name() + "' does not use I_syn in its equations");
        }
        if (conductances && checked.membrane().isEmpty()) {
            throw new UnsupportedSpecException(Level.SPIKING, "conductance synapses onto population " + context.name(), "model '" + name()
                    + "' has no membrane variable (a V in mV, or 'membrane:') for Σ g (E − V)");
        }
        Compiled code = compiled(new InputShape(currents || conductances, conductances));
        int size = context.size();
        PopulationState.Builder declared = PopulationState.builder(size);
        double[][] values = new double[checked.size()][];
        for (int v = 0; v < checked.size(); v++) {
            values[v] = declared.variable(checked.variables().get(v), checked.units().get(v).dimension().orElseThrow());
        }
        checked.membrane().filter(m -> !checked.variables().contains("V_m")).ifPresent(m -> declared.alias("V_m", m));
        int[] refractory = declared.counter("refractory_steps");
        SynapticChannels channels = currents || conductances ? new SynapticChannels(context, declared) : null;
        PopulationState state = declared.build();
        double[] parameters = p.baseValues();
        initialise(values, parameters, context);
        double[] propagators = code.discretization().method == IntegrationMethod.EXACT
                ? Propagators.of(code.discretization(), parameters, context.dtMs()) : new double[0];
        double[] constants = new double[parameters.length + propagators.length];
        System.arraycopy(parameters, 0, constants, 0, parameters.length);
        System.arraycopy(propagators, 0, constants, parameters.length, propagators.length);
        double refractoryMs = refractoryMs(parameters);
        if (!(refractoryMs >= 0) || !Double.isFinite(refractoryMs)) {
            throw new InvalidParameterException("refractory period of model '" + name() + "'", refractoryMs + " ms", ">= 0 ms and finite");
        }
        int refractorySteps = (int) Math.round(refractoryMs / context.dtMs());
        if (conductances && !currents) { // a conductance LIF: the vectorised passes of the built-in one
            Optional<ConductanceLifShape> lif = ConductanceLifShape.of(checked, code.discretization(), parameters);
            if (lif.isPresent()) {
                return new ConductanceLifPopulation(name(), checked.labels().get(0), checked.variables().get(0), lif.get(), context, state, values[0],
                        refractory, channels, refractorySteps);
            }
        }
        double[][] scratch = new double[code.discretization().method == IntegrationMethod.EXPONENTIAL_EULER ? 3 * checked.size() : 0][size];
        EquationPopulation.Setup setup = new EquationPopulation.Setup(name(), checked.labels(), checked.variables(), context, state, values, refractory,
                channels, constants, refractorySteps, scratch);
        try {
            return code.constructor().newInstance(setup);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create the generated population of model '" + name() + "'", e);
        }
    }

    /** The refractory period (ms) for these parameter values (base units). */
    double refractoryMs(double[] parameters) {
        return refractory.at(parameters);
    }

    /** Initial values from the definition, neuron by neuron, drawing rand() from the population's own stream. */
    private void initialise(double[][] values, double[] parameters, PopulationContext context) {
        Evaluator evaluator = evaluator(context.initialState()::nextDouble);
        List<Evaluator.Compiled> initial = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        checked.initial().forEach((variable, e) -> {
            initial.add(evaluator.compile(e));
            targets.add(checked.index(variable));
        });
        for (int i = 0; i < context.size(); i++) {
            for (int k = 0; k < initial.size(); k++) {
                double x = initial.get(k).at(parameters);
                if (!Double.isFinite(x)) {
                    throw new InvalidParameterException("initial value of " + checked.variables().get(targets.get(k)), Double.toString(x), "a finite number");
                }
                values[targets.get(k)][i] = x;
            }
        }
    }

    /** An evaluator over the parameters (slots in parameter order). */
    Evaluator evaluator(java.util.function.DoubleSupplier random) {
        return new Evaluator(checked.parameterSlots(), random);
    }

    private Compiled compiled(InputShape shape) {
        return compiled.computeIfAbsent(shape, s -> {
            Discretization d = Discretization.of(checked, s);
            String simpleName = className(s, d.method);
            String source = JavaSource.of(d, simpleName);
            return new Compiled(d, source, BytecodeCompiler.compile(source, simpleName));
        });
    }

    /** Compiles the update for current input now (else on first use) and returns the time it took (ns). */
    public long compileNow(boolean channels, boolean conductances) {
        long t0 = System.nanoTime();
        compiled(new InputShape(channels || conductances, conductances));
        return System.nanoTime() - t0;
    }

    private String className(InputShape s, IntegrationMethod method) {
        String safe = name().replaceAll("[^A-Za-z0-9_]", "_");
        return "Model_" + safe + "_" + method.label() + (s.conductances() ? "_conductance" : s.channels() ? "_current" : "_jump");
    }

    private static ParameterSchema schema(CheckedModel checked) {
        List<ParameterDef> defs = new ArrayList<>();
        Set<String> positive = new LinkedHashSet<>();
        for (String d : checked.divisors()) {
            Dimension dim = checked.parameters().get(d);
            if (dim == Dimension.TIME || dim == Dimension.CAPACITANCE) {
                positive.add(d);
            }
        }
        checked.parameters().forEach((name, dimension) -> {
            ParameterDef def = ParameterDef.quantity(name, dimension, "parameter of equation model '" + checked.name() + "'")
                    .withDefault(checked.defaults().get(name));
            defs.add(positive.contains(name) ? def.positive() : def);
        });
        return ParameterSchema.of(defs.toArray(ParameterDef[]::new));
    }

    /** Equal when of the same kind and parsed from the same definition (what a file written and read back gives). */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((EquationModel) o).definition.equals(definition);
    }

    @Override
    public int hashCode() {
        return definition.hashCode();
    }

    @Override
    public String toString() {
        return "EquationModel[" + name() + ", " + checked.variables() + "]";
    }

    /** The model's state and integration methods, for {@code ratenet check} and provenance. */
    @Override
    public String summary() {
        IntegrationMethod currents = method(false);
        IntegrationMethod conductances = method(true);
        return "equation model '" + name() + "' " + checked.variables() + ", integrated by " + (currents == conductances
                ? currents.description() : currents.description() + " with delta or current input, " + conductances.description()
                + " with conductance input");
    }
}
