package org.ratenet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command {@code ratenet}; its subcommands do the work. */
@Command(name = "ratenet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "One network description, several levels that must agree: conductance derivation, rate networks, "
                + "LIF mean field, spiking networks and plasticity.",
        subcommands = {CheckCommand.class, DeriveCommand.class, MeanFieldCommand.class, RateCommand.class, RunCommand.class, SimulateCommand.class, SweepCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class RatenetCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
