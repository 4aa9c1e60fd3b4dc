package org.ratenet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ratenet.api.error.RatenetException;
import org.ratenet.api.inject.Ratenet;
import org.ratenet.api.io.AtomicFolder;
import org.ratenet.api.io.OutputFolders;
import org.ratenet.api.spec.ExperimentSpec;
import org.ratenet.files.ExperimentReader;
import org.ratenet.interop.PynnExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ratenet export FILE --to pynn --out DIR}: the network as a PyNN 0.10 script with the realised connections (or,
 * with {@code --rules}, PyNN's connectors), to run on NEST, NEURON or Brian2, with MPI through PyNN. What PyNN's standard
 * models cannot express is a one-line error before anything is written; the folder appears whole or not at all.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the network to another simulator's language: a PyNN 0.10 script (python3 DIR/model.py nest|neuron|brian2).")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private RatenetCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment file (YAML or JSON).")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The target: pynn.")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the script and its data: a new or empty one.")
    private Path dir;

    @Option(names = "--rules", description = "Let PyNN draw the connections with its connectors instead of listing the ones ratenet built "
            + "(for networks too large to list; another graph of the same law).")
    private boolean rules;

    @Option(names = "--force", description = "Replace the --out folder if it holds an earlier ratenet output (never a folder with other files).")
    private boolean force;

    @Option(names = "--set", paramLabel = "NAME=EXPR", description = "Override a parameter of the file, e.g. --set order=500.")
    private List<String> setOptions = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Ratenet ratenet = root.ratenet();
        PynnExport export;
        try {
            if (!format.equals("pynn")) {
                throw new IllegalArgumentException("--to " + format + ": the formats are [pynn]");
            }
            ExperimentSpec experiment = new ExperimentReader(ratenet.registries()).read(file, Overrides.parse(setOptions));
            export = PynnExport.of(experiment, ratenet.registries());
            OutputFolders.prepare(dir.toAbsolutePath().normalize(), force);
        } catch (RatenetException | IllegalArgumentException | IOException e) {
            err.println(file + ": error: " + CheckCommand.oneLine(e instanceof IOException io ? OutputFolders.reason(io) : e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        try (AtomicFolder folder = AtomicFolder.create(dir, "export", force)) {
            export.writeTo(folder.staging(), rules);
            folder.commit();
        } catch (IOException e) {
            err.println("error: cannot write the export folder " + dir + ": " + CheckCommand.oneLine(OutputFolders.reason(e)));
            return CheckCommand.INVALID_INPUT;
        } catch (RatenetException | IllegalArgumentException e) {
            err.println(file + ": error: " + CheckCommand.oneLine(e.getMessage()));
            return CheckCommand.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("PyNN script of " + file + " written to " + dir.resolve(PynnExport.SCRIPT) + (rules ? " (PyNN's connectors)"
                : " (with the connections ratenet built)"));
        out.println("  run it: python3 " + dir.resolve(PynnExport.SCRIPT) + " brian2|nest|neuron [--seed N] [--out DIR]");
        out.flush();
        return 0;
    }
}
