package org.ratenet.equations;

import java.util.Set;

import org.ratenet.api.model.Level;
import org.ratenet.api.model.TransferFunction;

/** An equation model with a transfer function its user supplies ({@link EquationModel#withTransferFunction}). */
final class SuppliedTransferEquationModel extends EquationModel implements TransferFunction<EquationParameters> {

    private final TransferFunction<EquationParameters> transfer;

    SuppliedTransferEquationModel(ModelDefinition definition, CheckedModel checked, TransferFunction<EquationParameters> transfer) {
        super(definition, checked, Set.of(Level.SPIKING, Level.MEANFIELD));
        this.transfer = transfer;
    }

    @Override
    public double rateHz(EquationParameters p, double m, double s) {
        return transfer.rateHz(p, m, s);
    }

    @Override
    public double rateHz(EquationParameters p, double m, double s, double tauSyn) {
        return transfer.rateHz(p, m, s, tauSyn);
    }

    @Override
    public boolean filtersSynapticNoise() {
        return transfer.filtersSynapticNoise();
    }

    @Override
    public double rateAndDerivatives(EquationParameters p, double m, double s, double tauSyn, double[] out) {
        return transfer.rateAndDerivatives(p, m, s, tauSyn, out);
    }

    @Override
    public double capacitancePf(EquationParameters p) {
        return transfer.capacitancePf(p);
    }

    @Override
    public double membraneTimeConstantMs(EquationParameters p) {
        return transfer.membraneTimeConstantMs(p);
    }

    @Override
    public double resetToThresholdMv(EquationParameters p) {
        return transfer.resetToThresholdMv(p);
    }

    @Override
    public double refractoryMs(EquationParameters p) {
        return transfer.refractoryMs(p);
    }

    @Override
    public void freeMembraneMoments(EquationParameters p, double m, double s, double[] out) {
        transfer.freeMembraneMoments(p, m, s, out);
    }

    @Override
    public String description() {
        return transfer.description();
    }

    @Override
    public boolean approximate() {
        return transfer.approximate();
    }
}
