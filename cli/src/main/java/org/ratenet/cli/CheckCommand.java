package org.ratenet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.ratenet.api.error.RatenetException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.files.ExperimentReader;

/**
 * {@code ratenet check FILE...}: reads and checks each experiment file in one JVM and prints
 * {@code FILE: ok} or {@code FILE: error: <path>: <reason>}, one line per file. Exit code 0 when all are
 * ok, 2 otherwise.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check experiment files (YAML or JSON): syntax, units, ranges, names and sizes.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private RatenetCommand root;

    static final int INVALID_INPUT = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Experiment files to check.")
    private List<Path> files;

    @Option(names = "--set", paramLabel = "NAME=EXPR", description = "Override a parameter of the files, e.g. --set g=6 --set order=500.")
    private List<String> setOptions = new ArrayList<>();

    private Map<String, String> overrides = new LinkedHashMap<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            overrides = Overrides.parse(setOptions);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + oneLine(e.getMessage()));
            return INVALID_INPUT;
        }
        Ratenet ratenet = root.ratenet();
        ExperimentReader reader = new ExperimentReader(ratenet.registries());
        boolean allOk = true;
        for (Path file : files) {
            try {
                ExperimentSpec experiment = reader.read(file, overrides);
                out.println(file + ": ok (levels: " + String.join(", ", Preflight.levels(ratenet, experiment)) + ")");
                experiment.network().models().values().forEach(m -> out.println("  " + m.summary()));
            } catch (RatenetException | IllegalArgumentException e) {
                allOk = false;
                out.println(file + ": error: " + oneLine(e.getMessage()));
            }
            out.flush();
        }
        return allOk ? 0 : INVALID_INPUT;
    }

    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
