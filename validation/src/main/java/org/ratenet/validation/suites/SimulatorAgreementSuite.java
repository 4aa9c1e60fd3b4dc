package org.ratenet.validation.suites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.math3.distribution.TDistribution;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.error.UnsupportedSpecException;
import org.ratenet.api.io.AtomicFolder;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.spec.PopulationSpec;
import org.ratenet.api.spec.SimulationSpec;
import org.ratenet.interop.PynnExport;
import org.ratenet.interop.PynnSpikes;
import org.ratenet.spiking.engine.SpikeStatistics;
import org.ratenet.spiking.engine.SpikeTrains;
import org.ratenet.spiking.engine.SpikingEngine;
import org.ratenet.spiking.engine.SpikingNetwork;
import org.ratenet.validation.BatchMeans;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * {@code simulator-agreement} (opt-in: {@code ratenet validate FILE --suite simulator-agreement}): the experiment
 * exported to PyNN ({@link PynnExport}, with the connections ratenet realised for each seed) and run on PyNN's Brian2
 * backend, against ratenet's own run of the same graph and seed. For every population the rate, the CV of ISIs and the
 * Fano factor (100 ms windows) are taken in blocks after the warm-up, over several seeds; each pair of batch means must
 * agree within the t interval of their difference (α per statistic and population). Needs Python 3 with PyNN 0.10 and
 * Brian2 ({@code apt-get install python3-pynn python3-brian}); the interpreter is {@code $RATENET_PYTHON}, else
 * {@code /usr/bin/python3}.
 */
public final class SimulatorAgreementSuite implements ValidationSuite {

    public static final String NAME = "simulator-agreement";
    /** The false-failure rate of one comparison. */
    static final double ALPHA = 1e-3;
    /** The longest a PyNN run may take. */
    private static final long TIMEOUT_MINUTES = 30;

    private Optional<String> environmentProblem;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        if (context.experiment().isEmpty()) {
            return Optional.of("compares an experiment file with PyNN's run of it: give a FILE");
        }
        try {
            PynnExport.of(context.experiment().get(), context.registries());
        } catch (UnsupportedSpecException e) {
            return Optional.of("the experiment cannot be exported to PyNN: " + e.getMessage());
        }
        return environment();
    }

    /** Whether Python with PyNN and Brian2 is there (asked once). */
    private synchronized Optional<String> environment() {
        if (environmentProblem == null) {
            String python = python();
            try {
                Process p = new ProcessBuilder(python, "-c", "import pyNN.brian2, brian2; print(pyNN.__version__)").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                boolean done = p.waitFor(120, TimeUnit.SECONDS);
                environmentProblem = done && p.exitValue() == 0 ? Optional.empty() : Optional.of("PyNN's Brian2 backend is not available to " + python
                        + " (apt-get install python3-pynn python3-brian): " + lastLine(out));
            } catch (IOException e) {
                environmentProblem = Optional.of("no Python at " + python + " (set RATENET_PYTHON): " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                environmentProblem = Optional.of("interrupted while looking for PyNN");
            }
        }
        return environmentProblem;
    }

    static String python() {
        String configured = System.getenv("RATENET_PYTHON");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        ExperimentSpec experiment = context.experiment().orElseThrow();
        int seeds = context.cases(4, 8);
        SimulationSpec simulation = experiment.simulation();
        double window = simulation.durationMs() - simulation.warmupMs();
        int blocks = Math.max(2, (int) (window / 200));
        CheckRecorder r = new CheckRecorder(NAME + "." + experiment.network().name(), List.of("spiking", "pynn-brian2"),
                "ratenet and PyNN's Brian2 backend, running the same graph, give the same population rates, CVs of ISIs and Fano factors",
                "t interval of the difference of two batch means (" + seeds + " seeds × " + blocks + " blocks of " + String.format(Locale.ROOT, "%.0f ms", window / blocks)
                        + " after the warm-up, α = " + ALPHA + " per statistic and population)",
                ALPHA * 3 * experiment.network().populations().size(), context.seed(), "tolerances");
        int populations = experiment.network().populations().size();
        double[][][] ours = new double[populations][3][seeds * blocks];
        double[][][] theirs = new double[populations][3][seeds * blocks];
        try {
            for (int k = 0; k < seeds; k++) {
                ExperimentSpec seeded = new ExperimentSpec(experiment.network(), simulation.withSeed(context.seed() + k), experiment.parameters());
                SpikeTrains ratenet = runRatenet(seeded, context.registries());
                SpikeTrains pynn = runPynn(seeded, context.registries());
                blockStatistics(seeded, ratenet, blocks, k, ours);
                blockStatistics(seeded, pynn, blocks, k, theirs);
            }
        } catch (IOException | RatenetException e) {
            r.record(false, "the comparison could not run: " + lastLine(e.getMessage()));
            return List.of(r.result());
        }
        String[] names = {"rate", "CV", "Fano"};
        String[] units = {"Hz", "", ""};
        for (int p = 0; p < populations; p++) {
            String population = experiment.network().populations().get(p).name();
            for (int s = 0; s < 3; s++) {
                BatchMeans a = BatchMeans.of(ours[p][s]);
                BatchMeans b = BatchMeans.of(theirs[p][s]);
                double se = Math.hypot(a.standardError(), b.standardError());
                double allowed = new TDistribution(a.batches() + b.batches() - 2).inverseCumulativeProbability(1 - ALPHA / 2) * se;
                r.compare(new Comparison(population + " " + names[s], a.mean(), b.mean(), allowed, units[s]), String.format(Locale.ROOT,
                        "%s %s: ratenet %.4f ± %.4f, PyNN/Brian2 %.4f ± %.4f (SE), |Δ| %.4f, allowed %.4f", population, names[s], a.mean(),
                        a.standardError(), b.mean(), b.standardError(), Math.abs(a.mean() - b.mean()), allowed));
            }
        }
        return List.of(r.result());
    }

    private static SpikeTrains runRatenet(ExperimentSpec e, Registries registries) {
        try (SpikingEngine engine = new SpikingEngine(SpikingNetwork.build(e.network(), e.simulation(), registries), 1)) {
            engine.run(e.simulation().steps());
            return engine.spikes();
        }
    }

    /** Exports the seeded experiment, runs it on PyNN's Brian2 backend and reads its spikes back, as global (step, neuron) pairs. */
    private static SpikeTrains runPynn(ExperimentSpec e, Registries registries) throws IOException {
        Path dir = Files.createTempDirectory("ratenet-pynn");
        try {
            PynnExport.of(e, registries).writeTo(dir, false);
            Path out = dir.resolve("out");
            Path log = dir.resolve("log.txt");
            Process p = new ProcessBuilder(python(), dir.resolve(PynnExport.SCRIPT).toString(), "brian2", "--seed", Long.toString(e.simulation().seed()),
                    "--out", out.toString()).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished;
            try {
                finished = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException x) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new RatenetException("interrupted while PyNN ran");
            }
            if (!finished) {
                p.destroyForcibly();
                throw new RatenetException("PyNN did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            if (p.exitValue() != 0) {
                throw new RatenetException("the exported script failed on PyNN/Brian2 (exit " + p.exitValue() + "): "
                        + lastLine(Files.readString(log, StandardCharsets.UTF_8)));
            }
            int offset = 0;
            double dt = e.simulation().dtMs();
            int count = 0;
            List<PynnSpikes> all = new ArrayList<>();
            for (PopulationSpec pop : e.network().populations()) {
                PynnSpikes spikes = PynnSpikes.read(out, pop.name(), pop.size());
                all.add(spikes);
                count += spikes.count();
            }
            int[] steps = new int[count];
            int[] neurons = new int[count];
            int k = 0;
            for (int a = 0; a < all.size(); a++) {
                PynnSpikes spikes = all.get(a);
                for (int s = 0; s < spikes.count(); s++) {
                    steps[k] = (int) Math.round(spikes.timesMs()[s] / dt);
                    neurons[k++] = offset + spikes.neurons()[s];
                }
                offset += e.network().populations().get(a).size();
            }
            return SpikeTrains.of(steps, neurons);
        } finally {
            AtomicFolder.deleteRecursively(dir);
        }
    }

    /** Rate, CV and Fano of each population in each block after the warm-up, into column {@code seed * blocks + block}. */
    private static void blockStatistics(ExperimentSpec e, SpikeTrains trains, int blocks, int seed, double[][][] into) {
        SimulationSpec sim = e.simulation();
        int from = sim.warmupSteps();
        int length = (sim.steps() - from) / blocks;
        int offset = 0;
        for (int p = 0; p < e.network().populations().size(); p++) {
            int size = e.network().populations().get(p).size();
            for (int b = 0; b < blocks; b++) {
                SpikeStatistics s = SpikeStatistics.of(trains, offset, offset + size, from + b * length, from + (b + 1) * length, sim.dtMs());
                into[p][0][seed * blocks + b] = s.rateHz();
                into[p][1][seed * blocks + b] = s.cvIsi();
                into[p][2][seed * blocks + b] = s.fanoFactor();
            }
            offset += size;
        }
    }

    private static String lastLine(String text) {
        String[] lines = String.valueOf(text).strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

}
