package org.ratenet.spark;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.ratenet.api.inject.Ratenet;

/**
 * The registry a task evaluates its point with. In the driver's JVM (a local master: {@code local}, {@code local[N]},
 * {@code local[*]}, {@code local[N,F]}) it is the driver's own, handed over under a key that travels with the job; an executor in another
 * JVM builds one once, from the {@link org.ratenet.api.inject.RatenetModule}s its tasks' class loader sees: ratenet's
 * own and those of the jars shipped with {@code spark.jars} (the user's plugins), the same models by the same names.
 */
final class ExecutorRatenet {

    /** The registries of the jobs running in this JVM, by the key each job carries. */
    private static final Map<String, Ratenet> DRIVERS = new ConcurrentHashMap<>();
    private static volatile Ratenet built;

    private ExecutorRatenet() {
    }

    /** Lends the driver's registry (if it has one) to the tasks of one job that run in this JVM; the key goes with the job. */
    static String lend(Ratenet driver) {
        String key = UUID.randomUUID().toString();
        if (driver != null) {
            DRIVERS.put(key, driver);
        }
        return key;
    }

    /** Ends a loan of {@link #lend}. */
    static void giveBack(String key) {
        DRIVERS.remove(key);
    }

    /** The driver's registry if the job's key names one in this JVM, else this executor's own. */
    static Ratenet get(String key) {
        Ratenet driver = DRIVERS.get(key);
        return driver != null ? driver : built();
    }

    private static Ratenet built() {
        Ratenet r = built;
        if (r == null) {
            synchronized (ExecutorRatenet.class) {
                r = built;
                if (r == null) {
                    ClassLoader tasks = Thread.currentThread().getContextClassLoader();
                    r = Ratenet.builder().classLoader(tasks != null ? tasks : ExecutorRatenet.class.getClassLoader()).build();
                    built = r;
                }
            }
        }
        return r;
    }
}
