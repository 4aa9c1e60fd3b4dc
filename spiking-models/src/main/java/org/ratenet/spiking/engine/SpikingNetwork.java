package org.ratenet.spiking.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.ratenet.api.random.SeedSequence;
import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.dynamics.InputChannel;
import org.ratenet.api.dynamics.PopulationContext;
import org.ratenet.api.dynamics.PopulationDynamics;
import org.ratenet.api.dynamics.SpikingNeuronModel;
import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.model.SpikeTimingRule;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.Level;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ComponentSpec;
import org.ratenet.api.spec.DriveSpec;
import org.ratenet.api.spec.NetworkSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.ProjectionSpec;
import org.ratenet.api.spec.RecordingSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.api.spec.SynapseKind;
import org.ratenet.api.spec.SynapseSpec;

/**
 * A {@link NetworkSpec} built for the engine: populations of any neuron model with spiking dynamics ({@code lif}, or a
 * user's {@link SpikingNeuronModel}), input channels for delta, current (one per τ_syn) and conductance (one per τ_syn
 * and E_rev) synapses, connections drawn by each projection's rule from its own stream
 * {@code SeedSequence.of(seed, 1, projection index)} and stored as CSR by source, Poisson drive from each neuron's own
 * stream {@code SeedSequence.of(seed, 2, neuron)}, initial states from each population's stream
 * {@code SeedSequence.of(seed, 5, population index)}.
 * Checks everything before anything runs: delays must be whole multiples of dt and at least dt.
 */
public final class SpikingNetwork {

    static final long CONNECTION_STREAMS = 1;
    static final long DRIVE_STREAMS = 2;
    static final long WEIGHT_STREAMS = 3;
    static final long DELAY_STREAMS = 4;
    static final long INITIAL_STATE_STREAMS = 5;

    final double dtMs;
    final List<NeuronPopulation> populations;
    final List<Projection> projections;
    final int neurons;
    /** τ of each input channel (ms); channel 0 is the PSP-jump channel of delta synapses (τ unused). */
    final double[] channelTau;
    /** The reversal potential of conductance channels (mV); NaN for current channels and channel 0. */
    final double[] channelReversal;
    /** Whether any projection or drive sends to each channel. */
    final boolean[] channelUsed;
    final int maxDelaySteps;
    /** The communication interval: no spike can arrive sooner than this many steps after it was emitted. */
    final int minDelaySteps;

    private SpikingNetwork(double dtMs, List<NeuronPopulation> populations, List<Projection> projections, int neurons,
                           double[][] channels, int maxDelaySteps, int minDelaySteps) {
        this.dtMs = dtMs;
        this.channelTau = channels[0];
        this.channelReversal = channels[1];
        this.channelUsed = new boolean[channelTau.length];
        projections.forEach(p -> channelUsed[p.channel()] = true);
        populations.forEach(pop -> {
            for (PoissonDrive d : pop.drives) {
                channelUsed[d.channel()] = true;
            }
        });
        this.populations = populations;
        this.projections = projections;
        this.neurons = neurons;
        this.maxDelaySteps = maxDelaySteps;
        this.minDelaySteps = minDelaySteps;
    }

    /** Throws for the first feature of the spec this engine cannot run (before anything is built). */
    static void check(NetworkSpec spec, Registries registries) {
        plan(spec, registries);
    }

    public static SpikingNetwork build(NetworkSpec spec, SimulationSpec simulation, Registries registries) {
        return plan(spec, registries).build(simulation);
    }

    /**
     * The first stage of building: the spec's models resolved and their parameters validated, every synapse and drive
     * checked against what the engine integrates. No time step is needed yet, so this is also the level's check.
     */
    static Plan plan(NetworkSpec spec, Registries all) {
        Registries registries = all.with(spec);
        List<PopulationSpec> pops = spec.populations();
        NeuronModel<?>[] models = new NeuronModel<?>[pops.size()];
        Record[] params = new Record[pops.size()];
        for (int a = 0; a < pops.size(); a++) {
            PopulationSpec p = pops.get(a);
            models[a] = registries.neuronModels().get(p.neuron().kind());
            if (!(models[a] instanceof SpikingNeuronModel<?>)) {
                throw new UnsupportedSpecException(Level.SPIKING, "neuron model '" + p.neuron().kind() + "' of population " + p.name(),
                        "a model with spiking dynamics (a SpikingNeuronModel)");
            }
            params[a] = models[a].build(p.neuron().parameters());
        }
        for (ProjectionSpec p : spec.projections()) {
            if (!supported(p.synapse().kind())) {
                throw new UnsupportedSpecException(Level.SPIKING, p.synapse().kind().label() + " synapses of projection " + p.name(),
                        "the engine integrates delta, current and conductance synapses");
            }
        }
        checkDrives(spec);
        return new Plan(spec, registries, models, params);
    }

    /** A checked spec, waiting for its simulation settings: {@link #build(SimulationSpec)} is the second stage. */
    static final class Plan {
        private final NetworkSpec spec;
        private final Registries registries;
        private final NeuronModel<?>[] models;
        private final Record[] params;

        private Plan(NetworkSpec spec, Registries registries, NeuronModel<?>[] models, Record[] params) {
            this.spec = spec;
            this.registries = registries;
            this.models = models;
            this.params = params;
        }

        /**
         * Everything the build would find wrong with these settings, before any work: delays against dt, probes (a
         * variable the model declares, an interval on the dt grid), and the memory the network needs against the heap.
         */
        void check(SimulationSpec simulation) {
            double dt = simulation.dtMs();
            int maxDelay = 1;
            for (ProjectionSpec p : spec.projections()) {
                delaySteps(p, dt);
                maxDelay = Math.max(maxDelay, maxDelaySteps(p, dt));
            }
            double[][] channelTable = channels(spec);
            List<InputChannel> channels = inputChannels(channelTable);
            checkProbes(simulation, channels);
            MemoryEstimate.check(spec, simulation, registries, channelTable[0].length, maxDelay); // the engine's ring slots
        }

        /** Each probe's variable is declared by its population's model (asked of a one-neuron population), its interval on the grid. */
        private void checkProbes(SimulationSpec simulation, List<InputChannel> channels) {
            double dt = simulation.dtMs();
            List<String> names = spec.populations().stream().map(PopulationSpec::name).toList();
            for (RecordingSpec.Probe probe : spec.recording().probes()) {
                int a = names.indexOf(probe.population());
                if (a < 0) {
                    throw new InvalidParameterException("probe population", probe.population(), "one of " + names);
                }
                PopulationContext one = new PopulationContext(probe.population(), 1, dt, channels, 0,
                        RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(0, INITIAL_STATE_STREAMS, a)));
                List<String> declared = dynamics(models[a], params[a], one).state().variableNames();
                if (!declared.contains(probe.variable())) {
                    throw new InvalidParameterException("probe variable of " + probe.population(), probe.variable(), "a state variable model '"
                            + models[a].name() + "' declares: " + declared);
                }
                long steps = Math.round(probe.intervalMs() / dt);
                if (steps < 1 || Math.abs(steps * dt - probe.intervalMs()) > 1e-9 * probe.intervalMs()) {
                    throw new InvalidParameterException("probe interval", probe.intervalMs() + " ms", "a whole multiple of dt = " + dt + " ms");
                }
            }
        }

        /** The network for these settings (checked first): channels, populations with their drives, connections. */
        SpikingNetwork build(SimulationSpec simulation) {
            check(simulation);
            return assemble(spec, simulation, registries, models, params);
        }
    }

    private static SpikingNetwork assemble(NetworkSpec spec, SimulationSpec simulation, Registries registries, NeuronModel<?>[] models,
                                           Record[] params) {
        double dt = simulation.dtMs();
        long seed = simulation.seed();
        List<PopulationSpec> pops = spec.populations();
        List<String> names = pops.stream().map(PopulationSpec::name).toList();
        int maxDelay = 1;
        for (ProjectionSpec p : spec.projections()) { // delays are checked against the experiment's dt
            delaySteps(p, dt);
            maxDelay = Math.max(maxDelay, maxDelaySteps(p, dt));
        }
        double[][] channelTable = channels(spec);
        List<InputChannel> channels = inputChannels(channelTable);
        List<NeuronPopulation> populations = new ArrayList<>();
        int offset = 0;
        for (int a = 0; a < pops.size(); a++) {
            PopulationSpec p = pops.get(a);
            double current = 0;
            List<DriveSpec.Poisson> poissonDrives = new ArrayList<>(); // one per (synapse, start, stop); rates summed
            for (DriveSpec d : spec.drives()) {
                if (!d.target().equals(p.name())) {
                    continue;
                }
                if (d instanceof DriveSpec.Current c) {
                    current += c.currentPa();
                } else if (d instanceof DriveSpec.Poisson poisson) {
                    if (poisson.synapse().drawnWeights() || poisson.synapse().drawnDelays()) {
                        throw new UnsupportedSpecException(Level.SPIKING, "drawn weights or delays of the drive of " + p.name(),
                                "the Poisson drive has one weight per population and arrives in the step it is drawn");
                    }
                    if (poisson.totalRateHz() > 0) {
                        mergeDrive(poissonDrives, poisson);
                    }
                }
            }
            PoissonDrive[] drives = new PoissonDrive[poissonDrives.size()];
            for (int j = 0; j < drives.length; j++) {
                DriveSpec.Poisson d = poissonDrives.get(j);
                long stop = d.persistent() ? Long.MAX_VALUE : firstStepAtOrAfter(d.stopMs(), dt);
                drives[j] = new PoissonDrive(d.totalRateHz() * dt * 1e-3, d.synapse().weight(), channel(channelTable, d.synapse()), seed,
                        offset, p.size(), j, firstStepAtOrAfter(d.startMs(), dt), stop);
            }
            NeuronModel<?> model = models[a];
            Record parameters = params[a];
            long[] initialState = SeedSequence.of(seed, INITIAL_STATE_STREAMS, a);
            double constantCurrent = current;
            IntFunction<PopulationDynamics> instances = size -> dynamics(model, parameters, new PopulationContext(p.name(), size, dt, channels,
                    constantCurrent, RandomSource.XO_RO_SHI_RO_128_PP.create(initialState)));
            populations.add(new NeuronPopulation(p.name(), offset, p.size(), instances.apply(p.size()), drives, instances));
            offset += p.size();
        }
        List<Projection> projections = new ArrayList<>();
        for (int index = 0; index < spec.projections().size(); index++) {
            ProjectionSpec p = spec.projections().get(index);
            int a = names.indexOf(p.target());
            int b = names.indexOf(p.source());
            ConnectivityRule rule = registries.connectivityRules().get(p.connectivity().kind()).build(p.connectivity().parameters());
            long[] connectionSeed = SeedSequence.of(seed, CONNECTION_STREAMS, index);
            boolean narrow = Targets.narrowFor(p.plasticityRule().isPresent(), pops.get(a).size());
            Projection connected = connect(p, rule, b, pops.get(b).size(), populations.get(a).offset, pops.get(a).size(), a == b,
                    () -> RandomSource.XO_RO_SHI_RO_128_PP.create(connectionSeed), delaySteps(p, dt), channel(channelTable, p.synapse()), narrow);
            if (p.synapse().drawnWeights()) {
                connected = withDrawnWeights(connected, p.synapse(), RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(seed, WEIGHT_STREAMS, index)));
            }
            if (p.synapse().drawnDelays()) {
                connected = withDrawnDelays(connected, p.synapse(), dt, maxDelaySteps(p, dt),
                        RandomSource.XO_RO_SHI_RO_128_PP.create(SeedSequence.of(seed, DELAY_STREAMS, index)));
            }
            if (p.plasticityRule().isPresent()) {
                connected = withPlasticity(connected, p, registries, populations.get(a).offset, pops.get(a).size());
            }
            projections.add(connected);
        }
        int minDelay = projections.stream().mapToInt(Projection::delaySteps).min().orElse(maxDelay);
        return new SpikingNetwork(dt, populations, projections, offset, channelTable, maxDelay, minDelay);
    }

    private static void checkDrives(NetworkSpec spec) {
        for (DriveSpec d : spec.drives()) {
            if (d instanceof DriveSpec.Poisson poisson && !supported(poisson.synapse().kind())) {
                throw new UnsupportedSpecException(Level.SPIKING, "drive of " + d.target() + " through "
                        + poisson.synapse().kind().label() + " synapses", "the engine integrates delta, current and conductance synapses");
            }
        }
    }

    private static boolean supported(SynapseKind kind) {
        return kind != SynapseKind.RATE;
    }

    /**
     * Channel 0 for PSP jumps, then one channel per distinct τ_syn of current synapses and per distinct (τ_syn,
     * reversal) of conductance synapses, in order of appearance: {taus, reversals (NaN for currents)}.
     */
    private static double[][] channels(NetworkSpec spec) {
        List<SynapseSpec> synapses = new ArrayList<>();
        spec.projections().forEach(p -> synapses.add(p.synapse()));
        spec.drives().forEach(d -> {
            if (d instanceof DriveSpec.Poisson poisson) {
                synapses.add(poisson.synapse());
            }
        });
        List<double[]> keys = new ArrayList<>();
        keys.add(new double[] {0, Double.NaN});
        for (SynapseSpec syn : synapses) {
            double[] key = channelKey(syn);
            if (syn.kind() != SynapseKind.DELTA && keys.stream().noneMatch(k -> Arrays.equals(k, key))) {
                keys.add(key);
            }
        }
        return new double[][] {keys.stream().mapToDouble(k -> k[0]).toArray(), keys.stream().mapToDouble(k -> k[1]).toArray()};
    }

    /** (τ_syn, reversal or NaN) of a current or conductance synapse. */
    private static double[] channelKey(SynapseSpec syn) {
        return new double[] {syn.tauSynMs(), syn.kind() == SynapseKind.CONDUCTANCE ? syn.reversalMv() : Double.NaN};
    }

    private static int channel(double[][] table, SynapseSpec synapse) {
        if (synapse.kind() == SynapseKind.DELTA) {
            return 0;
        }
        double[] key = channelKey(synapse);
        for (int c = 1; c < table[0].length; c++) {
            if (Arrays.equals(new double[] {table[0][c], table[1][c]}, key)) {
                return c;
            }
        }
        throw new IllegalStateException("no channel for " + synapse);
    }

    /** Adds a drive to the list, or its rate to a drive of the same synapse and time window (one train of the summed rate). */
    private static void mergeDrive(List<DriveSpec.Poisson> drives, DriveSpec.Poisson d) {
        for (int j = 0; j < drives.size(); j++) {
            DriveSpec.Poisson e = drives.get(j);
            if (e.synapse().equals(d.synapse()) && e.startMs() == d.startMs() && e.stopMs() == d.stopMs()) {
                drives.set(j, new DriveSpec.Poisson(e.target(), e.totalRateHz() + d.totalRateHz(), 1, e.synapse(), e.startMs(), e.stopMs()));
                return;
            }
        }
        drives.add(d);
    }

    /** The first step k with k dt >= t (to within rounding). */
    private static long firstStepAtOrAfter(double ms, double dt) {
        return (long) Math.ceil(ms / dt - 1e-9);
    }

    /** The dynamics of a population: its model's own. */
    @SuppressWarnings("unchecked")
    private static <P extends Record> PopulationDynamics dynamics(NeuronModel<?> model, Record parameters, PopulationContext context) {
        return ((SpikingNeuronModel<P>) model).dynamics((P) parameters, context);
    }

    private static List<InputChannel> inputChannels(double[][] table) {
        List<InputChannel> channels = new ArrayList<>();
        channels.add(InputChannel.jump());
        for (int c = 1; c < table[0].length; c++) {
            channels.add(Double.isNaN(table[1][c]) ? InputChannel.current(table[0][c]) : InputChannel.conductance(table[0][c], table[1][c]));
        }
        return channels;
    }

    /** The synaptic events of a run: for every spike, the outgoing synapses of its neuron. */
    long events(SpikeTrains spikes) {
        long events = 0;
        for (int k = 0; k < spikes.size(); k++) {
            int g = spikes.neuron(k);
            for (Projection p : projections) {
                NeuronPopulation source = populations.get(p.sourcePopulation());
                int local = g - source.offset;
                if (local >= 0 && local < source.size) {
                    events += p.rowStart()[local + 1] - p.rowStart()[local];
                }
            }
        }
        return events;
    }

    /** Bytes of connectivity per synapse: 2 or 4 per target (see {@link Targets}) plus the row offsets, shared weight and delay. */
    double bytesPerSynapse() {
        long bytes = 0;
        for (Projection p : projections) {
            bytes += p.bytes();
        }
        long n = synapses();
        return n == 0 ? 0 : (double) bytes / n;
    }

    /** The (shortest) delay of a projection in steps. */
    private static int delaySteps(ProjectionSpec p, double dt) {
        return steps("delay of " + p.name(), p.synapse().delayMs(), dt);
    }

    /** The longest delay of a projection in steps. */
    private static int maxDelaySteps(ProjectionSpec p, double dt) {
        return steps("delay_max of " + p.name(), p.synapse().delayMaxMs(), dt);
    }

    private static int steps(String parameter, double ms, double dt) {
        double steps = ms / dt;
        long rounded = Math.round(steps);
        if (rounded < 1) {
            throw new InvalidParameterException(parameter, ms + " ms", ">= dt = " + dt + " ms");
        }
        if (Math.abs(steps - rounded) > 1e-9 * Math.max(1, steps)) {
            throw new InvalidParameterException(parameter, ms + " ms", "a whole multiple of dt = " + dt + " ms");
        }
        if (rounded > Short.MAX_VALUE) {
            throw new InvalidParameterException(parameter, ms + " ms", "<= " + Short.MAX_VALUE + " steps of dt = " + dt + " ms");
        }
        return (int) rounded;
    }

    /**
     * Draws the connections into CSR by source in two passes over the same stream, so that no list of pairs is ever
     * held: the first pass counts each source's connections, the second replays the identical draws and places them,
     * as 16-bit indices within the target population when {@code narrow} (see {@link Targets}), else as global indices.
     */
    private static Projection connect(ProjectionSpec p, ConnectivityRule rule, int sourcePopulation, int sourceSize, int targetOffset,
                                      int targetSize, boolean same, Supplier<UniformRandomProvider> stream, int delay, int channel,
                                      boolean narrow) {
        rule.checkSizes(sourceSize, targetSize, same);
        int[] rowStart = new int[sourceSize + 1];
        long[] total = new long[1];
        rule.connect(sourceSize, targetSize, same, stream.get(), (source, target) -> {
            rowStart[source + 1]++;
            total[0]++;
        });
        if (total[0] > Integer.MAX_VALUE - 8) {
            throw new InvalidParameterException("connections of " + p.name(), total[0], "<= " + (Integer.MAX_VALUE - 8) + " per projection");
        }
        for (int src = 0; src < sourceSize; src++) {
            rowStart[src + 1] += rowStart[src];
        }
        int[] fill = Arrays.copyOf(rowStart, sourceSize);
        Targets targets;
        // rows sorted by target, so that a thread finds the targets of its block by binary search; rules that
        // draw target by target (fixed in-degree, Bernoulli, all-to-all) already give sorted rows
        if (narrow) {
            char[] local = new char[(int) total[0]];
            rule.connect(sourceSize, targetSize, same, stream.get(), (source, target) -> local[fill[source]++] = (char) target);
            for (int src = 0; src < sourceSize; src++) {
                if (!sorted(local, rowStart[src], rowStart[src + 1])) {
                    Arrays.sort(local, rowStart[src], rowStart[src + 1]);
                }
            }
            targets = Targets.narrow(local, targetOffset);
        } else {
            int[] global = new int[(int) total[0]];
            rule.connect(sourceSize, targetSize, same, stream.get(), (source, target) -> global[fill[source]++] = targetOffset + target);
            for (int src = 0; src < sourceSize; src++) {
                if (!sorted(global, rowStart[src], rowStart[src + 1])) {
                    Arrays.sort(global, rowStart[src], rowStart[src + 1]);
                }
            }
            targets = Targets.wide(global);
        }
        return new Projection(p.name(), sourcePopulation, rowStart, targets, (float) p.synapse().weight(), null, delay, null, channel);
    }

    private static boolean sorted(char[] a, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (a[j] < a[j - 1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean sorted(int[] a, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (a[j] < a[j - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The projection with one weight per synapse, drawn in CSR order from the projection's own weight stream: normal
     * w + sd z, uniform on w ± √3 sd, or log-normal magnitude of mean |w| and sd with the sign of w.
     */
    private static Projection withDrawnWeights(Projection p, SynapseSpec syn, UniformRandomProvider random) {
        float[] weights = new float[p.targets().size()];
        NormalizedGaussianSampler normal = ZigguratSampler.NormalizedGaussian.of(random);
        double w = syn.weight();
        double sd = syn.weightSd();
        double sigma = Math.sqrt(Math.log(1 + sd * sd / (w * w)));
        double mu = Math.log(Math.abs(w)) - sigma * sigma / 2;
        for (int k = 0; k < weights.length; k++) {
            weights[k] = (float) switch (syn.weightDistribution()) {
                case "normal" -> w + sd * normal.sample();
                case "uniform" -> w + sd * Math.sqrt(3) * (2 * random.nextDouble() - 1);
                default -> Math.signum(w) * Math.exp(mu + sigma * normal.sample());
            };
        }
        return new Projection(p.name(), p.sourcePopulation(), p.rowStart(), p.targets(), p.weight(), weights, p.delaySteps(), p.delays(),
                p.channel());
    }

    /**
     * The projection with one delay per synapse (in steps), drawn in CSR order from the projection's own delay stream:
     * uniformly from {@code delay} to {@code maxSteps}, or normal; its {@code delaySteps} becomes the shortest drawn.
     */
    private static Projection withDrawnDelays(Projection p, SynapseSpec syn, double dt, int maxSteps, UniformRandomProvider random) {
        short[] delays = new short[p.targets().size()];
        int shortest = maxSteps;
        if (syn.delayDistribution().equals("normal")) { // rounded to the grid, redrawn outside [1, maxSteps] steps
            NormalizedGaussianSampler normal = ZigguratSampler.NormalizedGaussian.of(random);
            for (int k = 0; k < delays.length; k++) {
                long steps;
                do {
                    steps = Math.round((syn.delayMs() + syn.delaySd() * normal.sample()) / dt);
                } while (steps < 1 || steps > maxSteps);
                delays[k] = (short) steps;
                shortest = Math.min(shortest, delays[k]);
            }
        } else {
            int range = maxSteps - p.delaySteps() + 1;
            for (int k = 0; k < delays.length; k++) {
                delays[k] = (short) (p.delaySteps() + random.nextInt(range));
                shortest = Math.min(shortest, delays[k]);
            }
        }
        return new Projection(p.name(), p.sourcePopulation(), p.rowStart(), p.targets(), p.weight(), p.weights(), shortest, delays,
                p.channel());
    }

    /** The projection under its spike-timing rule, starting from its (drawn or nominal) weights. */
    private static Projection withPlasticity(Projection p, ProjectionSpec spec, Registries registries, int targetOffset, int targetSize) {
        ComponentSpec component = spec.plasticityRule().orElseThrow();
        PlasticityRule rule = registries.plasticityRules().get(component.kind()).build(component.parameters());
        if (!(rule instanceof SpikeTimingRule timing)) {
            throw new UnsupportedSpecException(Level.SPIKING, "plasticity rule '" + component.kind() + "' of projection " + spec.name(),
                    "spike-driven rules (trace, stdp, stdp_triplet); rate-based rules act in rate networks");
        }
        if (p.weight() == 0) {
            throw new InvalidParameterException("weight of plastic projection " + spec.name(), 0, "non-zero: plastic weights are multiples of it");
        }
        PlasticSynapses state = new PlasticSynapses(timing, p.weight(), p.rowStart(), p.targets().wide(), targetOffset, targetSize);
        if (p.weights() != null) {
            for (int e = 0; e < p.weights().length; e++) {
                state.weights[e] = (double) p.weights()[e] / p.weight();
            }
        }
        return p.withPlasticity(state);
    }

    /** The population of this name. */
    NeuronPopulation population(String name) {
        return populations.stream().filter(p -> p.name.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("population", name, "one of the network's populations"));
    }

    /** The population that holds global neuron g. */
    NeuronPopulation populationOf(int g) {
        return populations.stream().filter(p -> g >= p.offset && g < p.offset + p.size).findFirst()
                .orElseThrow(() -> new InvalidParameterException("neuron", g, "in [0, " + neurons + ")"));
    }

    public int neurons() {
        return neurons;
    }

    public long synapses() {
        return projections.stream().mapToLong(Projection::synapses).sum();
    }
}
