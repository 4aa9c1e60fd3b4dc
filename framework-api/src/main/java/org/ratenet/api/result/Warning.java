package org.ratenet.api.result;

import org.ratenet.api.error.Require;

/**
 * A validity condition that a result violates, e.g. {@code code = "diffusion-approximation"},
 * {@code condition = "J << theta - V_reset"}, {@code detail = "J/(theta - V_reset) = 0.5"}.
 */
public record Warning(String code, String condition, String detail) {

    public Warning {
        Require.nonNull("code", code);
        Require.nonNull("condition", condition);
        Require.nonNull("detail", detail);
    }

    @Override
    public String toString() {
        return code + ": " + condition + " is violated (" + detail + ")";
    }
}
