package org.ratenet.api.result;

import java.util.List;

/** Anything a level returns: it carries its provenance and its validity warnings. */
public interface Result {

    Provenance provenance();

    /** Validity conditions of the approximation that this result violates; empty when none. */
    List<Warning> warnings();
}
