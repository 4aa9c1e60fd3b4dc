package org.ratenet.cli.sweep;

import org.ratenet.api.error.Require;

/**
 * How to run a sweep: points at once on local cores ({@code --parallel}), and the engine's master ({@code --master},
 * e.g. {@code local[4]}, {@code spark://host:7077}, {@code yarn}; null for the engine's default).
 */
public record SweepSettings(int parallel, String master) {

    public SweepSettings {
        Require.atLeast("--parallel", parallel, 1);
    }
}
