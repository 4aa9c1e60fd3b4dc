package org.ratenet.api.dynamics;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Writes and reads a model's state arrays for checkpoints, element by element in order, so that
 * {@link PopulationDynamics#writeState} and {@link PopulationDynamics#readState} are one line per array and restore the
 * same bits.
 */
public final class StateArrays {

    private StateArrays() {
    }

    public static void write(DataOutput out, double[]... arrays) throws IOException {
        for (double[] a : arrays) {
            for (double x : a) {
                out.writeDouble(x);
            }
        }
    }

    public static void write(DataOutput out, int[] a) throws IOException {
        for (int x : a) {
            out.writeInt(x);
        }
    }

    /** Fills each array, in order, with the values {@link #write(DataOutput, double[]...)} wrote. */
    public static void read(DataInput in, double[]... arrays) throws IOException {
        for (double[] a : arrays) {
            for (int i = 0; i < a.length; i++) {
                a[i] = in.readDouble();
            }
        }
    }

    public static void read(DataInput in, int[] a) throws IOException {
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
    }
}
