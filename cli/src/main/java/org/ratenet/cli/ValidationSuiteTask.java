package org.ratenet.cli;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.cli.sweep.PointTask;
import org.ratenet.files.ExperimentReader;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.SuiteReport;
import org.ratenet.validation.Tier;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.Validator;
import org.ratenet.validation.suites.StandardSuites;

/**
 * The validation suites of {@code ratenet validate} as tasks an engine can run anywhere, one suite a task: the suites by
 * name, the tier and seed, and the experiment file's bytes and overrides (none for the generated models). A point is the
 * suite's index; its result is the suite's report, which depends on its seed alone.
 */
record ValidationSuiteTask(List<String> suites, Tier tier, long seed, byte[] experiment, boolean json, Map<String, String> overrides)
        implements PointTask<Integer, ValidationSuiteTask.Outcome> {

    /** A suite's report as it travels back: its checks, or why it did not apply; its wall time. */
    record Outcome(int index, String name, String notApplicable, List<CheckResult> checks, double wallSeconds) implements Serializable {

        SuiteReport report() {
            return new SuiteReport(name, Optional.ofNullable(notApplicable), checks, wallSeconds);
        }
    }

    ValidationSuiteTask {
        suites = List.copyOf(suites);
        experiment = experiment == null ? null : experiment.clone();
        overrides = new LinkedHashMap<>(overrides);
    }

    @Override
    public Outcome compute(Ratenet ratenet, Integer index) {
        Optional<ExperimentSpec> spec = experiment == null ? Optional.empty()
                : Optional.of(new ExperimentReader(ratenet.registries()).parse(experiment, json, overrides));
        // one core per task (the engine runs tasks side by side): simulations on one thread, since waiting threads of an
        // engine given fewer cores than threads spin for nothing (conductance-spiking took 97 s instead of 14 on local[2])
        ValidationContext context = new ValidationContext(tier, seed, ratenet, spec).withSimulationThreads(1);
        SuiteReport r = Validator.run(StandardSuites.named(List.of(suites.get(index))).get(0), context, line -> { });
        return new Outcome(index, r.name(), r.notApplicable().orElse(null), r.checks(), r.wallSeconds());
    }
}
