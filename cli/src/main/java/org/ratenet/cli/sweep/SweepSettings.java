package org.ratenet.cli.sweep;

import java.nio.file.Path;
import java.util.List;

import org.ratenet.api.error.Require;

/**
 * How to run a sweep: points at once on local cores ({@code --parallel}), the engine's master ({@code --master}, e.g.
 * {@code local[4]}, {@code spark://host:7077}, {@code yarn}; null for the engine's default), and the user's plugin jars,
 * which an engine that runs points on other machines ships there.
 */
public record SweepSettings(int parallel, String master, List<Path> pluginJars) {

    public SweepSettings {
        Require.atLeast("--parallel", parallel, 1);
        pluginJars = List.copyOf(pluginJars);
    }
}
