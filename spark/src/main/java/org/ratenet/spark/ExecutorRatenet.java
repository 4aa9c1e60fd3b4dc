package org.ratenet.spark;

import org.ratenet.api.inject.Ratenet;

/**
 * The registry of an executor JVM, built once from the {@link org.ratenet.api.inject.RatenetModule}s its tasks' class
 * loader sees: ratenet's own and those of the jars shipped with {@code spark.jars} (the user's plugins).
 */
final class ExecutorRatenet {

    private static volatile Ratenet instance;

    private ExecutorRatenet() {
    }

    static Ratenet get() {
        Ratenet r = instance;
        if (r == null) {
            synchronized (ExecutorRatenet.class) {
                r = instance;
                if (r == null) {
                    ClassLoader tasks = Thread.currentThread().getContextClassLoader();
                    r = Ratenet.builder().classLoader(tasks != null ? tasks : ExecutorRatenet.class.getClassLoader()).build();
                    instance = r;
                }
            }
        }
        return r;
    }
}
