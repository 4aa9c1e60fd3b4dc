package org.ratenet.cli;

import java.io.PrintWriter;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;

import org.ratenet.api.model.Level;
import org.ratenet.api.units.Quantity;
import org.ratenet.api.units.Unit;
import org.ratenet.conductance.CellParameters;
import org.ratenet.conductance.ConductanceNetwork;
import org.ratenet.conductance.Derived;
import org.ratenet.conductance.DerivedRateNetwork;
import org.ratenet.conductance.ExternalInput;
import org.ratenet.conductance.SynapseParameters;
import org.ratenet.conductance.UniformFeedback;

/**
 * {@code ratenet derive FILE}: the effective rate network (W, W_ext, θ, θ′, τ) of a conductance-level
 * experiment, population to population, as a table or as JSON ({@code --json}), with the equation behind
 * every number.
 */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = "Derive effective weights W, external weights W_ext and thresholds theta from conductances "
                + "(Kleinfeld, lecture 11, eqs. 11.29-11.39).")
final class DeriveCommand extends LevelCommand<DerivedRateNetwork> {

    @Override
    String levelName() {
        return Level.CONDUCTANCE;
    }

    @Override
    ObjectNode toJson(DerivedRateNetwork d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ConductanceNetwork net = d.source();
        int n = d.size();
        ObjectNode inputs = root.putObject("inputs");
        ObjectNode cells = inputs.putObject("populations");
        ObjectNode ext = inputs.putObject("external");
        for (int i = 0; i < n; i++) {
            CellParameters c = net.cell(i);
            ObjectNode o = cells.putObject(d.labels().get(i));
            o.put("C_m", Quantity.of(c.capacitancePf(), Unit.PF).format());
            o.put("g_L", Quantity.of(c.restingLeakNs(), Unit.NS).format());
            o.put("V_leak", Quantity.of(c.leakReversalMv(), Unit.MV).format());
            o.put("v_theta", Quantity.of(c.thresholdSlopeMv(), Unit.MV).format());
            o.put("I_theta", Quantity.of(c.restingThresholdPa(), Unit.PA).format());
            o.put("gain", c.gain());
            o.put("beta", Quantity.of(c.betaHzPerPa(), Unit.HZ_PER_PA).format());
            if (CellParameters.SIGMOID.equals(c.gain())) {
                o.put("r_max", Quantity.of(c.maxRateHz(), Unit.HZ).format());
            }
            ExternalInput e = net.external(i);
            ObjectNode x = ext.putObject(d.labels().get(i));
            x.put("G_ext", Quantity.of(e.conductanceNs(), Unit.NS).format());
            x.put("tau_ext", Quantity.of(e.timeConstantMs(), Unit.MS).format());
            x.put("V_ext", Quantity.of(e.reversalMv(), Unit.MV).format());
            x.put("r_ext", Quantity.of(e.rateHz(), Unit.HZ).format());
        }
        ArrayNode synapses = inputs.putArray("synapses");
        for (int k = 0; k < net.synapseCount(); k++) {
            SynapseParameters s = net.synapse(k);
            ObjectNode o = synapses.addObject();
            o.put("target", d.labels().get(net.target(k)));
            o.put("source", d.labels().get(net.source(k)));
            o.put("K", net.multiplicity(k));
            o.put("G_syn", Quantity.of(s.conductanceNs(), Unit.NS).format());
            o.put("tau_syn", Quantity.of(s.timeConstantMs(), Unit.MS).format());
            o.put("V_syn", Quantity.of(s.reversalMv(), Unit.MV).format());
            o.put("sign", d.sign(k).name().toLowerCase(Locale.ROOT));
        }
        ArrayNode labels = root.putArray("labels");
        d.labels().forEach(labels::add);
        root.put("W_unit", "pA/Hz");
        ArrayNode w = root.putArray("W");
        for (int i = 0; i < n; i++) {
            ArrayNode row = w.addArray();
            for (int j = 0; j < n; j++) {
                row.add(d.weights().get(i, j));
            }
        }
        ArrayNode wExt = root.putArray("W_ext");
        ArrayNode rExt = root.putArray("r_ext");
        ArrayNode theta = root.putArray("theta");
        ArrayNode thetaBinary = root.putArray("theta_binary");
        ArrayNode tau = root.putArray("tau");
        for (int i = 0; i < n; i++) {
            wExt.add(d.externalWeight(i));
            rExt.add(d.externalRateHz(i));
            theta.add(d.threshold(i));
            thetaBinary.add(d.binaryThreshold(i));
            tau.add(d.timeConstantMs(i));
        }
        root.put("units", "W, W_ext in pA/Hz; r_ext in Hz; theta, theta_binary in pA; tau in ms");
        d.uniformFeedback().ifPresent(u -> {
            ObjectNode o = root.putObject("uniform_feedback");
            o.put("N_W0", u.couplingPaPerHz());
            o.put("N_beta_W0", u.loopGain());
            o.put("theta_effective", u.thresholdPa());
            o.put("r0_closed_form", u.closedFormRate());
            ArrayNode points = o.putArray("fixed_points");
            for (UniformFeedback.FixedPoint p : u.fixedPoints()) {
                points.addObject().put("rate", p.rateHz()).put("eigenvalue_per_ms", p.eigenvaluePerMs()).put("stable", p.stable());
            }
        });
        ArrayNode provenance = root.putArray("provenance");
        for (int k = 0; k < net.synapseCount(); k++) {
            provenance.add(d.explainEntry(k).explain());
        }
        for (int i = 0; i < n; i++) {
            d.explainUnit(i).forEach(x -> provenance.add(x.explain()));
        }
        putWarnings(d, root);
        return root;
    }

    @Override
    void printTable(DerivedRateNetwork d, PrintWriter out) {
        int n = d.size();
        out.println("Effective rate network (Kleinfeld, lecture 11), population to population");
        out.println();
        out.println("W (pA/Hz), row = target, column = source; eq. 11.29 times the in-degree K");
        out.printf(Locale.ROOT, "%-10s", "");
        d.labels().forEach(l -> out.printf(Locale.ROOT, "%14s", l));
        out.println();
        for (int i = 0; i < n; i++) {
            out.printf(Locale.ROOT, "%-10s", d.labels().get(i));
            for (int j = 0; j < n; j++) {
                out.printf(Locale.ROOT, "%14.6g", d.weights().get(i, j));
            }
            out.println();
        }
        out.println();
        out.printf(Locale.ROOT, "%-10s%16s%14s%14s%16s%10s%n", "unit", "W_ext (pA/Hz)", "r_ext (Hz)", "theta (pA)", "theta' (pA)", "tau (ms)");
        for (int i = 0; i < n; i++) {
            out.printf(Locale.ROOT, "%-10s%16.6g%14.6g%14.6g%16.6g%10.4g%n", d.labels().get(i), d.externalWeight(i), d.externalRateHz(i),
                    d.threshold(i), d.binaryThreshold(i), d.timeConstantMs(i));
        }
        d.uniformFeedback().ifPresent(u -> {
            out.println();
            out.printf(Locale.ROOT, "Uniform feedback (11.34-11.37): N beta W0 = %.6g, r0 = theta/(N W0 - 1/beta) = %.6g Hz%n",
                    u.loopGain(), u.closedFormRate());
            u.fixedPoints().forEach(p -> out.printf(Locale.ROOT, "  fixed point r = %.6g Hz, eigenvalue %.4g /ms: %s%n", p.rateHz(),
                    p.eigenvaluePerMs(), p.stable() ? "stable" : "unstable"));
        });
        out.println();
        out.println("How each number was derived:");
        ConductanceNetwork net = d.source();
        for (int k = 0; k < net.synapseCount(); k++) {
            out.println("  " + d.explainEntry(k).explain() + " [" + d.sign(k).name().toLowerCase(Locale.ROOT) + "]");
        }
        for (int i = 0; i < n; i++) {
            for (Derived x : d.explainUnit(i)) {
                out.println("  " + x.explain());
            }
        }
        printWarnings(d, out);
    }
}
