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

    /** Whether the vector kernels have been compiled by the warm-up (see {@link #ready()}). */
    private static volatile boolean warm;
    private static boolean warmUpStarted;

    private VectorSupport() {
    }

    /** Whether the vectorised passes can run in this JVM. */
    public static boolean available() {
        return AVAILABLE;
    }

    /**
     * Whether the vectorised passes run now. The Vector API is slow until the JIT compiler has compiled the kernels
     * (about a second, in which the interpreted kernels would cost more than they save; a few tenths with the compiler
     * options of the launcher and the tests, {@code jit.jvm.args} in the parent POM), so the first pass that wants them
     * starts {@link #warmUp()} and the passes run their scalar twins, which give the same bits, until it is done.
     */
    public static boolean ready() {
        if (warm) {
            return true;
        }
        if (AVAILABLE) {
            warmUp();
        }
        return false;
    }

    /**
     * Starts the warm-up now, in the background, where the vectorised passes are available (else does nothing), so that it
     * overlaps the start-up of an application that knows early it will simulate a spiking network (the command line does,
     * before it reads the experiment) instead of the first part of the run. It takes a few tenths of a second of one
     * processor. Idempotent; without it the first pass that wants the vector kernels starts the warm-up.
     */
    public static void prepare() {
        if (AVAILABLE && !warm) {
            warmUp();
        }
    }

    /** Runs the kernels on scratch data on a daemon thread until they are compiled (once per JVM). */
    private static synchronized void warmUp() {
        if (warmUpStarted) {
            return;
        }
        warmUpStarted = true;
        Thread thread = new Thread(() -> {
            VectorWarmUp.run();
            warm = true;
        }, "ratenet-vector-warm-up");
        thread.setDaemon(true);
        thread.start();
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
