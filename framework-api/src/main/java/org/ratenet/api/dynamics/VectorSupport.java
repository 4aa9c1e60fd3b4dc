package org.ratenet.api.dynamics;

/**
 * Whether the vectorised passes of the spiking models can run: they use the Vector API of the incubator module
 * {@code jdk.incubator.vector}, which the JVM loads only when asked ({@code --add-modules jdk.incubator.vector}; the
 * {@code ratenet} launcher, the tests and the benchmarks ask for it). Without it, or with the system property
 * {@code ratenet.scalar=true}, every pass runs its scalar twin, which gives the same bits.
 */
public final class VectorSupport {

    /** Set to {@code true} to run the scalar passes even where the Vector API is present. */
    public static final String SCALAR_PROPERTY = "ratenet.scalar";

    private static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean(SCALAR_PROPERTY);

    private VectorSupport() {
    }

    /** Whether the vectorised passes run in this JVM. */
    public static boolean available() {
        return AVAILABLE;
    }

    /** One line for run reports: which passes run, with the lane count, or how to get the vectorised ones. */
    public static String describe() {
        if (AVAILABLE) {
            return "vectorised passes (" + VectorConductanceKernel.lanes() + " double lanes)";
        }
        return Boolean.getBoolean(SCALAR_PROPERTY) ? "scalar passes (" + SCALAR_PROPERTY + "=true)"
                : "scalar passes (start the JVM with --add-modules jdk.incubator.vector for the vectorised ones)";
    }
}
