package org.ratenet.api.error;

/** A level was asked to evaluate a spec that uses a feature it cannot represent; names level and feature. */
public class UnsupportedSpecException extends RatenetException {
    private static final long serialVersionUID = 1L;

    private final String level;
    private final String feature;

    public UnsupportedSpecException(String level, String feature, String reason) {
        super("level '" + level + "' cannot represent " + feature + ": " + reason);
        this.level = level;
        this.feature = feature;
    }

    public String level() {
        return level;
    }

    public String feature() {
        return feature;
    }
}
