package org.ratenet.api.spec;

import java.util.Arrays;

import org.ratenet.api.error.InvalidParameterException;
import org.ratenet.api.error.Require;

/**
 * A weight matrix W (row i = postsynaptic, column j = presynaptic), dense or compressed sparse row.
 * Immutable: the arrays are copied in and never handed out.
 */
public sealed interface WeightMatrix permits WeightMatrix.Dense, WeightMatrix.Sparse {

    int rows();

    int columns();

    /** W_ij (0 where a sparse matrix stores nothing). */
    double get(int i, int j);

    /** Σ_j W_ij. */
    double rowSum(int i);

    /** out = W x; allocation free. */
    void multiply(double[] x, double[] out);

    /** The number of stored entries. */
    long storedEntries();

    /** Visits every stored entry (all entries of a dense matrix), row by row. */
    void forEach(EntryVisitor visitor);

    /** Receives (row, column, value) of one entry. */
    @FunctionalInterface
    interface EntryVisitor {
        void visit(int row, int column, double value);
    }

    /** Row-major dense matrix. */
    final class Dense implements WeightMatrix {
        private final int rows;
        private final int columns;
        private final double[] values;

        public Dense(int rows, int columns, double[] rowMajor) {
            this.rows = Require.atLeast("rows", rows, 1);
            this.columns = Require.atLeast("columns", columns, 1);
            if (rowMajor.length != (long) rows * columns) {
                throw new InvalidParameterException("values.length", rowMajor.length, "= rows × columns = " + (long) rows * columns);
            }
            for (int k = 0; k < rowMajor.length; k++) {
                Require.finite("W[" + k / columns + "][" + k % columns + "]", rowMajor[k], "");
            }
            this.values = rowMajor.clone();
        }

        /** From rows of equal length. */
        public static Dense of(double[][] w) {
            double[] flat = new double[w.length * (w.length == 0 ? 0 : w[0].length)];
            for (int i = 0; i < w.length; i++) {
                if (w[i].length != w[0].length) {
                    throw new InvalidParameterException("W[" + i + "].length", w[i].length, "= " + w[0].length);
                }
                System.arraycopy(w[i], 0, flat, i * w[0].length, w[0].length);
            }
            return new Dense(w.length, w.length == 0 ? 0 : w[0].length, flat);
        }

        public int rows() {
            return rows;
        }

        public int columns() {
            return columns;
        }

        public double get(int i, int j) {
            return values[i * columns + j];
        }

        public double rowSum(int i) {
            double s = 0;
            for (int j = 0; j < columns; j++) {
                s += values[i * columns + j];
            }
            return s;
        }

        public void multiply(double[] x, double[] out) {
            for (int i = 0; i < rows; i++) {
                double s = 0;
                int base = i * columns;
                for (int j = 0; j < columns; j++) {
                    s += values[base + j] * x[j];
                }
                out[i] = s;
            }
        }

        public long storedEntries() {
            return values.length;
        }

        public void forEach(EntryVisitor visitor) {
            for (int k = 0; k < values.length; k++) {
                visitor.visit(k / columns, k % columns, values[k]);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dense d && rows == d.rows && columns == d.columns && Arrays.equals(values, d.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values) * 31 + rows;
        }

        @Override
        public String toString() {
            return "Dense " + rows + "×" + columns + " weight matrix";
        }
    }

    /**
     * Compressed sparse rows: the entries of row i are {@code columnIndex[rowStart[i] .. rowStart[i+1])}
     * with {@code values} at the same positions; repeated columns in a row add up.
     */
    final class Sparse implements WeightMatrix {
        private final int rows;
        private final int columns;
        private final int[] rowStart;
        private final int[] columnIndex;
        private final double[] values;

        public Sparse(int rows, int columns, int[] rowStart, int[] columnIndex, double[] values) {
            this.rows = Require.atLeast("rows", rows, 1);
            this.columns = Require.atLeast("columns", columns, 1);
            if (rowStart.length != rows + 1 || rowStart[0] != 0 || rowStart[rows] != columnIndex.length
                    || columnIndex.length != values.length) {
                throw new InvalidParameterException("rowStart", "length " + rowStart.length,
                        "rows + 1 offsets from 0 to the number of entries " + columnIndex.length);
            }
            for (int i = 0; i < rows; i++) {
                if (rowStart[i + 1] < rowStart[i]) {
                    throw new InvalidParameterException("rowStart[" + (i + 1) + "]", rowStart[i + 1], ">= rowStart[" + i + "]");
                }
            }
            for (int k = 0; k < columnIndex.length; k++) {
                if (columnIndex[k] < 0 || columnIndex[k] >= columns) {
                    throw new InvalidParameterException("columnIndex[" + k + "]", columnIndex[k], "in [0, " + columns + ")");
                }
                Require.finite("values[" + k + "]", values[k], "");
            }
            this.rowStart = rowStart.clone();
            this.columnIndex = columnIndex.clone();
            this.values = values.clone();
        }

        public int rows() {
            return rows;
        }

        public int columns() {
            return columns;
        }

        public double get(int i, int j) {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                if (columnIndex[k] == j) {
                    s += values[k];
                }
            }
            return s;
        }

        public double rowSum(int i) {
            double s = 0;
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                s += values[k];
            }
            return s;
        }

        public void multiply(double[] x, double[] out) {
            for (int i = 0; i < rows; i++) {
                double s = 0;
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    s += values[k] * x[columnIndex[k]];
                }
                out[i] = s;
            }
        }

        public long storedEntries() {
            return values.length;
        }

        public void forEach(EntryVisitor visitor) {
            for (int i = 0; i < rows; i++) {
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    visitor.visit(i, columnIndex[k], values[k]);
                }
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sparse s && rows == s.rows && columns == s.columns && Arrays.equals(rowStart, s.rowStart)
                    && Arrays.equals(columnIndex, s.columnIndex) && Arrays.equals(values, s.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values) * 31 + Arrays.hashCode(columnIndex);
        }

        @Override
        public String toString() {
            return "Sparse " + rows + "×" + columns + " weight matrix with " + values.length + " entries";
        }
    }
}
