package org.ratenet.api.inject;

import java.util.List;

import org.ratenet.api.error.RatenetException;

/** Two modules registered a component of the same sort under the same name; names both modules. */
public class DuplicateRegistrationException extends RatenetException {
    private static final long serialVersionUID = 1L;

    public DuplicateRegistrationException(String sort, String name, List<String> modules) {
        super(sort + " '" + name + "' is registered " + modules.size() + " times, by " + String.join(" and by ", modules)
                + "; rename one of them");
    }
}
