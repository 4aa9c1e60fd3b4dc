package org.ratenet.spark;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import org.ratenet.cli.sweep.SweepJob;
import org.ratenet.cli.sweep.SweepRow;

/**
 * A sweep's rows as one Parquet file that pandas ({@code pd.read_parquet}) and Spark ({@code spark.read.parquet}) read
 * directly: one row per point with its index, the swept values (columns named as in the CSV), per population its rate
 * (Hz), CV of interspike intervals and Fano factor (null where not defined), the status, the validity warnings (a list
 * of strings) and the point's wall time (s). Written on the driver with Parquet's own writer (no Spark job: the rows are
 * already there).
 */
final class SweepParquet {

    static final String FILE = "sweep.parquet";

    private SweepParquet() {
    }

    static MessageType schema(SweepJob job) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.INT32).named("point");
        for (String axis : job.axisColumns()) {
            b.required(PrimitiveTypeName.DOUBLE).named(axis);
        }
        for (String p : job.populations()) {
            b.optional(PrimitiveTypeName.DOUBLE).named(p + "_rate_hz");
            b.optional(PrimitiveTypeName.DOUBLE).named(p + "_cv");
            b.optional(PrimitiveTypeName.DOUBLE).named(p + "_fano");
        }
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("status");
        b.requiredList().requiredElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("warnings");
        b.required(PrimitiveTypeName.DOUBLE).named("wall_s");
        return b.named("sweep");
    }

    /** Writes the rows, in point order, to {@code file} (which must not exist). */
    static void write(SweepJob job, java.util.List<SweepRow> rows, Path file) throws IOException {
        MessageType schema = schema(job);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        // a Hadoop configuration without Hadoop's default resources (core-default.xml and the like): the writer reads
        // none of them, and parsing them is work at the end of every Spark sweep
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new NioOutputFile(file)).withConf(new Configuration(false))
                .withType(schema).withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
            for (SweepRow r : rows) {
                Group g = groups.newGroup();
                g.append("point", r.index());
                double[] point = r.point();
                for (int a = 0; a < point.length; a++) {
                    g.append(job.axisColumns().get(a), point[a]);
                }
                double[] rates = r.ratesHz();
                double[] cv = r.cvIsi();
                double[] fano = r.fano();
                for (int p = 0; p < job.populations().size(); p++) {
                    String name = job.populations().get(p);
                    optional(g, name + "_rate_hz", rates[p]);
                    optional(g, name + "_cv", cv[p]);
                    optional(g, name + "_fano", fano[p]);
                }
                g.append("status", r.status());
                Group warnings = g.addGroup("warnings");
                r.warnings().forEach(w -> warnings.addGroup("list").append("element", w));
                g.append("wall_s", r.wallSeconds());
                writer.write(g);
            }
        }
    }

    private static void optional(Group g, String field, double v) {
        if (!Double.isNaN(v)) {
            g.append(field, v);
        }
    }
}
