package org.ratenet.cli;

import com.google.inject.AbstractModule;
import org.ratenet.api.inject.RatenetModule;
import org.ratenet.api.model.Level;
import org.ratenet.api.result.Result;
import org.ratenet.cli.output.LevelOutput;
import org.ratenet.cli.output.OutputRegistrations;
import org.ratenet.cli.sweep.LocalSweepEngine;
import org.ratenet.cli.sweep.SweepEngines;
import org.ratenet.conductance.DerivedRateNetwork;
import org.ratenet.plasticity.PlasticMeanFieldLevel;
import org.ratenet.rate.dynamics.RateResult;

/**
 * Registers how the command line shows the levels ratenet ships (a plugin's level registers its own the same way) and the
 * local sweep engine.
 */
public final class CliModule extends AbstractModule implements RatenetModule {

    @Override
    protected void configure() {
        DeriveCommand derive = new DeriveCommand();
        RateCommand rate = new RateCommand();
        MeanFieldCommand meanField = new MeanFieldCommand();
        var outputs = OutputRegistrations.levelOutputs(binder());
        outputs.addBinding(Level.CONDUCTANCE).toInstance(LevelOutput.of(DerivedRateNetwork.class, "Conductance derivation (Kleinfeld 11.28–11.31)",
                d -> derive.toJson(d), (d, out) -> derive.printTable(d, out)));
        outputs.addBinding(Level.RATE).toInstance(LevelOutput.of(RateResult.class, "Rate network", r -> rate.toJson(r), (r, out) -> rate.printTable(r, out)));
        outputs.addBinding(Level.MEANFIELD).toInstance(LevelOutput.of(Result.class, "Mean field (diffusion approximation; Brunel 2000)",
                r -> meanField.toJson(r), (r, out) -> meanField.printTable(r, out)));
        outputs.addBinding(PlasticMeanFieldLevel.NAME).toInstance(LevelOutput.of(Result.class,
                "Plastic mean field (Vegué, Allard & Desrosiers 2025)", r -> meanField.toJson(r), (r, out) -> meanField.printTable(r, out)));
        outputs.addBinding(Level.SPIKING).toInstance(new SpikingOutput());
        SweepEngines.register(binder()).addBinding(LocalSweepEngine.NAME).toInstance(new LocalSweepEngine());
    }
}
