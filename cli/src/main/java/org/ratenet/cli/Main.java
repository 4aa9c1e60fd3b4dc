package org.ratenet.cli;

import org.ratenet.api.inject.PluginException;

import picocli.CommandLine;

/**
 * Entry point of the {@code ratenet} command. A failure that escapes a subcommand is reported in one
 * line (exit code 1); set {@code RATENET_DEBUG=1} to see its stack trace.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; used by tests too. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RatenetCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof PluginException) {
                commandLine.getErr().println("ratenet: error: " + CheckCommand.oneLine(e.getMessage()));
                return CheckCommand.INVALID_INPUT;
            }
            commandLine.getErr().println("ratenet: error: " + CheckCommand.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
            if (System.getenv("RATENET_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl;
    }
}
