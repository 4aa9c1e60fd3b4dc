package org.ratenet.cli.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link SweepRow} as one line of JSON, for the journal of a sweep folder. Numbers round-trip exactly (Jackson writes
 * the shortest decimal that reads back to the same double; NaN as the string "NaN"), so a resumed sweep writes the same
 * CSV bytes.
 */
final class SweepRowJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SweepRowJson() {
    }

    static String write(SweepRow row) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("index", row.index());
        numbers(o.putArray("point"), row.point());
        numbers(o.putArray("rates_hz"), row.ratesHz());
        numbers(o.putArray("cv_isi"), row.cvIsi());
        numbers(o.putArray("fano"), row.fano());
        o.put("status", row.status());
        ArrayNode w = o.putArray("warnings");
        row.warnings().forEach(w::add);
        o.put("wall_s", row.wallSeconds());
        return o.toString();
    }

    /** The row of a line; an exception when the line is not one (e.g. cut short by a kill). */
    static SweepRow read(String line) throws IOException {
        JsonNode o = MAPPER.readTree(line);
        if (o == null || !o.has("index") || !o.has("status") || !o.has("wall_s")) {
            throw new IOException("not a sweep row: " + line);
        }
        List<String> warnings = new ArrayList<>();
        o.get("warnings").forEach(n -> warnings.add(n.asText()));
        return new SweepRow(o.get("index").asInt(), numbers(o.get("point")), numbers(o.get("rates_hz")), numbers(o.get("cv_isi")),
                numbers(o.get("fano")), o.get("status").asText(), warnings, o.get("wall_s").asDouble());
    }

    private static void numbers(ArrayNode a, double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                a.add("NaN");
            } else {
                a.add(v);
            }
        }
    }

    private static double[] numbers(JsonNode a) {
        double[] v = new double[a.size()];
        for (int k = 0; k < v.length; k++) {
            JsonNode n = a.get(k);
            v[k] = n.isTextual() ? Double.parseDouble(n.asText()) : n.doubleValue();
        }
        return v;
    }
}
