package org.ratenet.equations;


/**
 * The constants of the exact method for one population: with dx/dt = A x + B (1, I_current)ᵀ, the exponential of the
 * augmented matrix [[A, B], [0, 0]] dt is [[P, Q], [0, I]] (Van Loan 1978, IEEE Trans. Autom. Control 23:395), so that
 * x ← P x + Q (1, I_current)ᵀ is exact for input constant over the step. While the membrane is held its row of A and B
 * is zero.
 */
final class Propagators {

    private Propagators() {
    }

    /** The values of {@code d.entries} for these parameter values (base units, in the model's parameter order). */
    static double[] of(Discretization d, double[] parameters, double dtMs) {
        CheckedModel m = d.model;
        Evaluator evaluator = new Evaluator(m.parameterSlots(), () -> {
            throw new IllegalStateException("rand() in a propagator");
        });
        int n = m.size();
        double[][] a = new double[n][n];
        double[][] b = new double[n][2];
        for (int k = 0; k < n; k++) {
            Affine form = d.linear.get(k);
            for (int j = 0; j < n; j++) {
                int column = j;
                a[k][j] = form.coefficient(m.variables().get(j)).map(c -> evaluator.compile(c).at(parameters)).orElse(0.0);
                requireFinite(m, k, a[k][column]);
            }
            b[k][0] = form.constant() == null ? 0 : evaluator.compile(form.constant()).at(parameters);
            b[k][1] = form.coefficient(Discretization.INPUT_CURRENT).map(c -> evaluator.compile(c).at(parameters)).orElse(0.0);
            requireFinite(m, k, b[k][0]);
            requireFinite(m, k, b[k][1]);
        }
        double[][] free = exponential(a, b, dtMs, -1);
        double[][] held = exponential(a, b, dtMs, m.membraneIndex());
        double[] out = new double[d.entries.size()];
        for (int e = 0; e < out.length; e++) {
            Discretization.Entry entry = d.entries.get(e);
            double[][] x = entry.held() ? held : free;
            out[e] = x[entry.row()][entry.input() ? n + entry.column() : entry.column()];
        }
        return out;
    }

    private static double[][] exponential(double[][] a, double[][] b, double dt, int heldRow) {
        int n = a.length;
        double[][] augmented = new double[n + 2][n + 2];
        for (int k = 0; k < n; k++) {
            if (k == heldRow) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                augmented[k][j] = a[k][j] * dt;
            }
            augmented[k][n] = b[k][0] * dt;
            augmented[k][n + 1] = b[k][1] * dt;
        }
        return MatrixExponential.of(augmented);
    }

    private static void requireFinite(CheckedModel m, int k, double value) {
        if (!Double.isFinite(value)) {
            throw new org.ratenet.api.error.InvalidParameterException("parameters of model '" + m.name() + "'", "a coefficient " + value
                    + " in '" + m.labels().get(k) + "'", "finite coefficients (is a time constant 0?)");
        }
    }
}
