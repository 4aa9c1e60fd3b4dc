package org.ratenet.api.model;

/** Receives the connections a {@link ConnectivityRule} draws; indices are within each population. */
@FunctionalInterface
public interface ConnectionSink {
    void connect(int source, int target);
}
