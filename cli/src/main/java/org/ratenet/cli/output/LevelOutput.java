package org.ratenet.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ratenet.api.error.Require;
import org.ratenet.api.result.Result;

/**
 * How one level's result is shown: its report heading, its JSON, its table and the files it adds to a run folder.
 * Registered per level name ({@link OutputRegistrations#levelOutputs}), so that {@code ratenet run} shows a level it
 * has never heard of (a plugin's) without an edit; a level with no output registered gets {@link #populationRates}.
 *
 * @param <R> the level's result type
 */
public interface LevelOutput<R extends Result> {

    /** The result type this output shows. */
    Class<R> resultType();

    /** The heading of the level's section in the report, with its source, e.g. "Conductance derivation (Kleinfeld 11.28–11.31)". */
    String title();

    ObjectNode toJson(R result);

    void printTable(R result, PrintWriter out);

    /** Adds the level's files (CSV, plots) and their report lines to a run folder; by default none. */
    default void writeFiles(R result, RunOutputs outputs) throws IOException {
    }

    /** An output from its parts, with no files of its own. */
    static <R extends Result> LevelOutput<R> of(Class<R> type, String title, Function<R, ObjectNode> json, BiConsumer<R, PrintWriter> table) {
        Require.nonNull("type", type);
        Require.nonNull("title", title);
        return new LevelOutput<>() {
            @Override
            public Class<R> resultType() {
                return type;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public ObjectNode toJson(R result) {
                return json.apply(result);
            }

            @Override
            public void printTable(R result, PrintWriter out) {
                table.accept(result, out);
            }
        };
    }

    /** The output of a level nobody registered one for: its population rates (if any) and warnings. */
    static LevelOutput<Result> populationRates(String level) {
        return of(Result.class, "Level " + level, r -> {
            ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            ObjectNode rates = root.putObject("population_rates_hz");
            r.populationRates().ifPresent(p -> p.ratesHz().forEach(rates::put));
            var warnings = root.putArray("warnings");
            r.warnings().forEach(w -> warnings.add(w.toString()));
            return root;
        }, (r, out) -> {
            out.println(r.provenance().method());
            r.populationRates().ifPresent(p -> p.ratesHz().forEach((name, rate) -> out.printf(java.util.Locale.ROOT, "  %-10s%12.6g Hz%n", name, rate)));
            r.warnings().forEach(w -> out.println("  warning: " + w));
        });
    }
}
