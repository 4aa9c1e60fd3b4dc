package org.ratenet.api.inject;

import com.google.inject.Module;

/**
 * A Guice module that registers ratenet components. Modules listed in
 * {@code META-INF/services/org.ratenet.api.inject.RatenetModule} are found by {@link Ratenet} on the
 * class path; others are passed to {@link Ratenet.Builder#with}. A module only binds: no I/O, no
 * computation in {@code configure()}.
 */
public interface RatenetModule extends Module {
}
