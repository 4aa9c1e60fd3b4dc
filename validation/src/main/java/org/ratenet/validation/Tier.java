package org.ratenet.validation;

/** How much a validation run does: {@code QUICK} is what {@code ./mvnw verify} runs, {@code FULL} more cases and longer runs. */
public enum Tier {
    QUICK,
    FULL;

    /** {@code quick} for QUICK and so on, for command lines and reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
