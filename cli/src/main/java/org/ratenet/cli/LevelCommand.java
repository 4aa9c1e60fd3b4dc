package org.ratenet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ratenet.api.dynamics.VectorSupport;
import org.ratenet.api.error.RatenetException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.model.Level;
import org.ratenet.api.run.RunContext;
import org.ratenet.api.result.Result;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.files.ExperimentReader;

/**
 * What the commands that evaluate one level share: read the experiment file with {@code --set}
 * overrides, evaluate the level, print a table or {@code --json}. Bad input is one line on stderr and exit
 * code 2.
 *
 * @param <R> the level's result
 */
abstract class LevelCommand<R extends Result> implements Callable<Integer> {

    @ParentCommand
    private RatenetCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment file (YAML or JSON).")
    private Path file;

    @Option(names = "--set", paramLabel = "NAME=EXPR", description = "Override a parameter of the file, e.g. --set g=6.")
    private List<String> setOptions = new ArrayList<>();

    private Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    /** The registered name of the level to evaluate. */
    abstract String levelName();

    abstract ObjectNode toJson(R result);

    abstract void printTable(R result, PrintWriter out);

    /** The result's warnings under a heading, if there are any. */
    static void printWarnings(Result result, PrintWriter out) {
        if (!result.warnings().isEmpty()) {
            out.println();
            out.println("Warnings:");
            result.warnings().forEach(w -> out.println("  " + w));
        }
    }

    /** The result's warnings as a JSON array under {@code warnings}. */
    static void putWarnings(Result result, ObjectNode root) {
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(w -> warnings.add(w.toString()));
    }

    /** Evaluates the experiment with the registered level in this command's {@link #context()}. */
    @SuppressWarnings("unchecked")
    R evaluate(Ratenet ratenet, ExperimentSpec experiment) {
        return (R) ratenet.levels().get(levelName()).evaluate(experiment, context());
    }

    /** How the level runs (threads, progress); one thread and no observer unless a command's options say otherwise. */
    RunContext context() {
        return RunContext.DEFAULT;
    }

    /** The experiment as this command runs it; command-line options may change its simulation settings. */
    ExperimentSpec adjust(ExperimentSpec experiment) {
        return experiment;
    }

    /** 0 unless the result says the evaluation failed. */
    int exitCode(R result) {
        return 0;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (Level.SPIKING.equals(levelName())) {
            VectorSupport.prepare(); // the compiler takes the vector kernels while the models are wired and the file is read
        }
        Ratenet ratenet = root.ratenet();
        R result;
        try {
            overrides = Overrides.parse(setOptions);
            ExperimentSpec experiment = adjust(new ExperimentReader(ratenet.registries()).read(file, overrides));
            result = evaluate(ratenet, experiment);
        } catch (RatenetException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(file + ": error: " + CheckCommand.oneLine(e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(result)));
        } else {
            printTable(result, out);
        }
        out.flush();
        return exitCode(result);
    }
}
