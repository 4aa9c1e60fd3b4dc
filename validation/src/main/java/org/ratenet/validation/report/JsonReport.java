package org.ratenet.validation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;
import org.ratenet.validation.SuiteReport;
import org.ratenet.validation.ValidationReport;
import org.ratenet.validation.map.ValidityMap;

/**
 * The report as JSON: {@code subject}, {@code tier}, {@code seed}, {@code passed}, and per suite its checks with
 * {@code name}, {@code levels}, {@code verdict}, {@code tries}, {@code passed}, {@code failed}, {@code max_discrepancy},
 * {@code discrepancy_unit}, {@code seed}, {@code counterexample}, {@code hypothesis}, {@code tolerance},
 * {@code false_failure_rate}, {@code cases} and {@code comparisons}.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static ObjectNode toJson(ValidationReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("subject", report.subject());
        root.put("tier", report.tier().label());
        root.put("seed", report.seed());
        root.put("passed", report.passed());
        root.put("wall_seconds", report.wallSeconds());
        ArrayNode suites = root.putArray("suites");
        for (SuiteReport s : report.suites()) {
            ObjectNode o = suites.addObject();
            o.put("name", s.name());
            s.notApplicable().ifPresent(why -> o.put("not_applicable", why));
            o.put("wall_seconds", s.wallSeconds());
            ArrayNode checks = o.putArray("checks");
            s.checks().forEach(c -> checks.add(toJson(c)));
        }
        ArrayNode maps = root.putArray("validity_maps");
        for (ValidityMap m : report.maps()) {
            ObjectNode o = maps.addObject();
            o.put("levels", m.levels());
            o.put("x", m.x().name());
            o.put("y", m.y().name());
            o.put("agreement", m.agreement());
            ArrayNode points = o.putArray("points");
            for (ValidityMap.Point p : m.points()) {
                ObjectNode q = points.addObject();
                q.put(m.x().name(), p.x());
                q.put(m.y().name(), p.y());
                q.put("applies", p.outcome().applies());
                q.put("agrees", p.agrees());
                if (p.outcome().applies()) {
                    q.put("discrepancy", p.outcome().discrepancy());
                }
                q.put("detail", p.outcome().line());
            }
        }
        return root;
    }

    static ObjectNode toJson(CheckResult c) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("name", c.name());
        ArrayNode levels = o.putArray("levels");
        c.levels().forEach(levels::add);
        o.put("verdict", c.verdict().name().toLowerCase(java.util.Locale.ROOT));
        o.put("tries", c.tries());
        o.put("passed", c.tries() - c.failed());
        o.put("failed", c.failed());
        o.put("max_discrepancy", c.maxDiscrepancy());
        o.put("discrepancy_unit", c.discrepancyUnit());
        o.put("seed", c.seed());
        if (c.counterexample().isEmpty()) {
            o.putNull("counterexample");
        } else {
            o.put("counterexample", c.counterexample());
        }
        o.put("hypothesis", c.hypothesis());
        o.put("tolerance", c.tolerance());
        o.put("false_failure_rate", c.falseFailureRate());
        ArrayNode cases = o.putArray("cases");
        c.details().forEach(cases::add);
        ArrayNode comparisons = o.putArray("comparisons");
        for (Comparison k : c.comparisons()) {
            ObjectNode x = comparisons.addObject();
            x.put("label", k.label());
            x.put("expected", k.expected());
            x.put("observed", k.observed());
            x.put("allowed", k.allowed());
            x.put("unit", k.unit());
        }
        return o;
    }

    public static String render(ValidationReport report) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
