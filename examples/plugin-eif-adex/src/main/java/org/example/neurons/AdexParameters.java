package org.example.neurons;

import org.ratenet.api.error.Require;

/** Parameters of the AdEx neuron: the EIF membrane and its adaptation current. */
public record AdexParameters(EifParameters membrane, Adaptation adaptation) {

    public AdexParameters {
        Require.nonNull("membrane", membrane);
        Require.nonNull("adaptation", adaptation);
    }
}
