package org.ratenet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.cli.plugin.Plugins;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command {@code ratenet}; its subcommands do the work. */
@Command(name = "ratenet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "One network description, several levels that must agree: conductance derivation, rate networks, "
                + "mean field, spiking networks and plasticity, for the built-in LIF and your own models (--plugin).",
        subcommands = {CheckCommand.class, DeriveCommand.class, ExportCommand.class, MeanFieldCommand.class, ModelsCommand.class, RateCommand.class, RunCommand.class, SimulateCommand.class, SweepCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class RatenetCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--plugin", paramLabel = "JAR_OR_DIR",
            description = "A jar or folder with your own RatenetModule(s) (models, rules, levels); repeatable. "
                    + "RATENET_PLUGINS adds more (separated by '" + "${sys:path.separator}" + "').")
    private List<Path> plugins = new ArrayList<>();

    /** Ratenet with the modules on the class path and those of the plugins. */
    Ratenet ratenet() {
        return plugins().ratenet();
    }

    /** The plugins of {@code --plugin} and {@code RATENET_PLUGINS}. */
    Plugins plugins() {
        return Plugins.of(plugins, System.getenv(Plugins.ENVIRONMENT));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
