package org.ratenet.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.ratenet.cli.sweep.SweepJob;
import org.ratenet.cli.sweep.SweepRow;

/**
 * A sweep's rows as a Parquet dataset that pandas ({@code pd.read_parquet}) and Spark read directly: one row per point
 * with its index, the swept values (columns named as in the CSV), per population its rate (Hz), CV of interspike
 * intervals and Fano factor (null where not defined), the status, the validity warnings and the point's wall time (s).
 */
final class SweepParquet {

    static final String FOLDER = "sweep.parquet";

    private SweepParquet() {
    }

    static StructType schema(SweepJob job) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("point", DataTypes.IntegerType, false));
        for (String axis : job.axisColumns()) {
            fields.add(DataTypes.createStructField(axis, DataTypes.DoubleType, false));
        }
        for (String p : job.populations()) {
            fields.add(DataTypes.createStructField(p + "_rate_hz", DataTypes.DoubleType, true));
            fields.add(DataTypes.createStructField(p + "_cv", DataTypes.DoubleType, true));
            fields.add(DataTypes.createStructField(p + "_fano", DataTypes.DoubleType, true));
        }
        fields.add(DataTypes.createStructField("status", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("warnings", DataTypes.createArrayType(DataTypes.StringType, false), false));
        fields.add(DataTypes.createStructField("wall_s", DataTypes.DoubleType, false));
        return DataTypes.createStructType(fields);
    }

    static Row row(SweepJob job, SweepRow r) {
        List<Object> values = new ArrayList<>();
        values.add(r.index());
        for (double v : r.point()) {
            values.add(v);
        }
        double[] rates = r.ratesHz();
        double[] cv = r.cvIsi();
        double[] fano = r.fano();
        for (int p = 0; p < job.populations().size(); p++) {
            values.add(orNull(rates[p]));
            values.add(orNull(cv[p]));
            values.add(orNull(fano[p]));
        }
        values.add(r.status());
        values.add(r.warnings().toArray(String[]::new));
        values.add(r.wallSeconds());
        return RowFactory.create(values.toArray());
    }

    /** Writes the rows (in point order, one file) to {@code folder}, which must not exist. */
    static void write(SparkSession spark, SweepJob job, List<SweepRow> rows, Path folder) {
        List<Row> data = rows.stream().map(r -> row(job, r)).toList();
        spark.createDataFrame(data, schema(job)).coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(folder.toUri().toString());
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
