package org.ratenet.api.inject;

import java.util.ServiceConfigurationError;

import org.ratenet.api.error.InvalidInputException;

/**
 * A class listed in {@code META-INF/services/org.ratenet.api.inject.RatenetModule} that cannot serve as a module: it
 * does not implement {@link RatenetModule}, has no public no-argument constructor, or failed to load. The message names
 * the class and says what a module must be.
 */
public class PluginException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public PluginException(ServiceConfigurationError cause) {
        super("cannot load a ratenet module: " + describe(cause) + " (a module must implement " + RatenetModule.class.getName()
                + " and have a public no-argument constructor)", cause);
    }

    public PluginException(String message) {
        super(message);
    }

    private static String describe(ServiceConfigurationError e) {
        String message = String.valueOf(e.getMessage()).replace(RatenetModule.class.getName() + ": ", "");
        return e.getCause() == null ? message : message + " (" + e.getCause() + ")";
    }
}
