package org.ratenet.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ratenet.api.error.InvalidInputException;

/** The {@code --set NAME=VALUE} options of a command, in order; a name given twice is an error, not a silent last-one-wins. */
final class Overrides {

    private Overrides() {
    }

    static Map<String, String> parse(List<String> sets) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--set " + set + " is not allowed: must be NAME=VALUE");
            }
            String name = set.substring(0, eq).strip();
            String value = set.substring(eq + 1);
            String before = overrides.putIfAbsent(name, value);
            if (before != null) {
                throw new InvalidInputException("--set " + name + " is given twice (" + before + " and " + value + "): give it once");
            }
        }
        return overrides;
    }
}
