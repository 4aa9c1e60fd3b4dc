package org.ratenet.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ratenet.api.inject.Ratenet;
import org.ratenet.cli.sweep.PointTask;
import org.ratenet.files.ExperimentReader;
import org.ratenet.validation.map.ValidityMap;
import org.ratenet.validation.suites.MeanFieldSpikingSuite;

/**
 * One point of a validity map of mean field ↔ spiking, as data that an engine can run anywhere: the experiment file's
 * bytes and overrides, the two axes, the seeds. A point is {index, x, y}; its result is the map's point (not applicable,
 * saying why, when the comparison throws). Its simulations run on one thread: the engine runs points side by side, one
 * core each.
 */
record ValidityMapPoint(byte[] experiment, boolean json, Map<String, String> overrides, ValidityMap.Axis x, ValidityMap.Axis y, long seed,
                        int seeds) implements PointTask<double[], ValidityMapPoint.Result> {

    /** A computed point and its place in the grid. */
    record Result(int index, ValidityMap.Point point) implements java.io.Serializable {
    }

    ValidityMapPoint {
        experiment = experiment.clone();
        overrides = new LinkedHashMap<>(overrides);
    }

    @Override
    public Result compute(Ratenet ratenet, double[] point) {
        ExperimentReader reader = new ExperimentReader(ratenet.registries());
        return new Result((int) point[0], ValidityMap.evaluate((vx, vy) -> MeanFieldSpikingSuite.compareLevels(
                reader.parse(experiment, json, at(vx, vy)).network(), ratenet, seed, seeds, 1), point[1], point[2]));
    }

    /** The file's overrides plus the two map parameters at one grid point. */
    Map<String, String> at(double vx, double vy) {
        Map<String, String> point = new LinkedHashMap<>(overrides);
        point.put(x.name(), x.quantity(vx));
        point.put(y.name(), y.quantity(vy));
        return point;
    }
}
