package org.ratenet.cli.sweep;

import java.io.Serializable;

import org.ratenet.api.inject.Ratenet;

/**
 * What an engine computes for one point, wherever the point runs: a function of the point and the registry of the JVM it
 * runs in (rebuilt there by engines that use other JVMs), carrying everything else it needs as data. Serializable, like
 * its points and results, so that a Spark task can take it to an executor.
 */
@FunctionalInterface
public interface PointTask<P extends Serializable, R extends Serializable> extends Serializable {

    R compute(Ratenet ratenet, P point);
}
