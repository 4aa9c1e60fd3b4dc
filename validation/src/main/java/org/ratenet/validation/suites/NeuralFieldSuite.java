package org.ratenet.validation.suites;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.quicktheories.core.Gen;
import org.ratenet.rate.field.Kernel;
import org.ratenet.rate.field.NeuralField;
import org.ratenet.rate.gain.ThresholdLinearGain;
import org.ratenet.validation.CaseOutcome;
import org.ratenet.validation.CheckRecorder;
import org.ratenet.validation.CheckResult;
import org.ratenet.validation.Comparison;
import org.ratenet.validation.PropertyCheck;
import org.ratenet.validation.ValidationContext;
import org.ratenet.validation.ValidationSuite;

/**
 * Neural field, continuum ↔ discretised: on a ring, a threshold-linear field τ ∂h/∂t = −h + ∫ w(x − y) β h(y) dy + I − θ
 * above threshold is linear, so a Fourier mode cos(kx) around the homogeneous state grows or decays at the continuum
 * rate λ(k) = (−1 + β ŵ(k)) / τ, ŵ the kernel's Fourier transform (Amari 1977; for a difference of Gaussians
 * ŵ(k) = √(2π) (a_E σ_E e^{−k²σ_E²/2} − a_I σ_I e^{−k²σ_I²/2})). The discretised field (256 points, FFT convolution,
 * exponential Euler) must grow each mode at that rate, within twice the time-step error the exponential-Euler
 * amplification factor predicts plus 1e-6/τ. Generated Mexican-hat kernels (σ_E 2–4, σ_I 1.5–2 σ_E on a ring of length
 * 100, so that the kernel has vanished (&lt; 1e-8) at half the ring, where the ring's minimal distance truncates it, and
 * the grid spacing 0.39 resolves it), gains β 0.5–1.5 Hz/pA, modes m = 1–8; independent of any experiment file.
 */
public final class NeuralFieldSuite implements ValidationSuite {

    private static final double LENGTH = 100;
    private static final int POINTS = 256;
    private static final double TAU_MS = 10;

    @Override
    public String name() {
        return "neural-field";
    }

    @Override
    public Optional<String> notApplicable(ValidationContext context) {
        return context.experiment().isPresent() ? Optional.of("checks the neural-field level on generated fields, not on an experiment file")
                : Optional.empty();
    }

    @Override
    public List<CheckResult> run(ValidationContext context) {
        CheckRecorder r = new CheckRecorder("neural-field.mode-growth", List.of("continuum field", "discretised field"),
                "each Fourier mode of the discretised field grows at the continuum rate (−1 + β ŵ(k)) / τ",
                "2 × the exponential-Euler error of the growth rate at dt = τ/2000, + 1e-6/τ", 0, context.seed(), "tolerances");
        return List.of(PropertyCheck.run(r, cases(), context.cases(30, 300), 10, context.seed(), NeuralFieldSuite::growth));
    }

    /** Kernel, gain and mode. */
    record Case(double excitation, double sigmaE, double inhibition, double sigmaI, double beta, int mode) {

        double transform(double k) {
            return Math.sqrt(2 * Math.PI) * (excitation * sigmaE * Math.exp(-k * k * sigmaE * sigmaE / 2)
                    - inhibition * sigmaI * Math.exp(-k * k * sigmaI * sigmaI / 2));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "a_E=%.3f σ_E=%.2f a_I=%.3f σ_I=%.2f β=%.2f m=%d", excitation, sigmaE, inhibition, sigmaI, beta, mode);
        }
    }

    static Gen<Case> cases() {
        return in -> {
            double sigmaE = doubles().between(2, 4).generate(in);
            double aE = doubles().between(0.02, 0.1).generate(in);
            return new Case(aE, sigmaE, aE * doubles().between(0.1, 0.5).generate(in), sigmaE * doubles().between(1.5, 2).generate(in),
                    doubles().between(0.5, 1.5).generate(in), integers().between(1, 8).generate(in));
        };
    }

    private static CaseOutcome growth(Case c) {
        double k = 2 * Math.PI * c.mode() / LENGTH;
        double lambda = (-1 + c.beta() * c.transform(k)) / TAU_MS;
        double zeroMode = c.beta() * c.transform(0);
        if (zeroMode >= 0.9) {
            return CaseOutcome.notApplicable(c + ": β ŵ(0) = " + zeroMode + " >= 0.9, no stable homogeneous state above threshold");
        }
        double thresholdPa = 5;
        double inputPa = 25;
        double h0 = (inputPa - thresholdPa) / (1 - zeroMode); // τ dh/dt = 0 with h = β ŵ(0) h + I − θ
        Kernel kernel = Kernel.mexicanHat(c.excitation(), c.sigmaE(), c.inhibition(), c.sigmaI());
        NeuralField field = new NeuralField(NeuralField.Geometry.RING, LENGTH, POINTS, TAU_MS, thresholdPa, new ThresholdLinearGain(c.beta(), 1e9),
                kernel);
        double[] x = field.positions();
        double epsilon = 0.01 * h0;
        double[] h = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            h[i] = h0 + epsilon * Math.cos(k * x[i]);
        }
        double dt = TAU_MS / 2000;
        int steps = 2000;
        field.run(h, 0, dt, steps, (t, positions, out) -> Arrays.fill(out, inputPa), new double[POINTS]);
        double amplitude = 0;
        for (int i = 0; i < POINTS; i++) {
            amplitude += 2.0 / POINTS * (h[i] - h0) * Math.cos(k * x[i]);
        }
        double measured = Math.log(amplitude / epsilon) / (steps * dt);
        double delta = dt / TAU_MS;
        double stepRate = Math.log(Math.exp(-delta) + (1 - Math.exp(-delta)) * c.beta() * c.transform(k)) / dt; // exponential Euler
        double allowed = 2 * Math.abs(stepRate - lambda) + 1e-6 / TAU_MS;
        return CaseOutcome.of(List.of(new Comparison("m=" + c.mode(), lambda, measured, allowed, "1/ms")), String.format(Locale.ROOT,
                "%s: continuum λ = %.6g /ms, discretised %.6g /ms, allowed ±%.2g", c, lambda, measured, allowed));
    }
}
