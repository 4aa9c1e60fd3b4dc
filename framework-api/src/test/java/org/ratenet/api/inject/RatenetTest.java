package org.ratenet.api.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import com.google.inject.AbstractModule;

import org.junit.jupiter.api.Test;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.model.Interval;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.neuron.LifModel;
import org.ratenet.api.param.ParameterDef;
import org.ratenet.api.param.ParameterSchema;
import org.ratenet.api.param.ParameterSet;
import org.ratenet.api.registry.UnknownNameException;
import org.ratenet.api.units.Dimension;
import org.ratenet.api.units.Unit;

class RatenetTest {

    /** A user's neuron model: an adaptive threshold unit with two parameters. */
    record AdaptiveParameters(double tauMs, double jumpMv) {
    }

    static final class AdaptiveModel implements NeuronModel<AdaptiveParameters> {
        @Override
        public String name() {
            return "my_adaptive";
        }

        @Override
        public ParameterSchema parameters() {
            return ParameterSchema.of(ParameterDef.quantity("tau_a", Dimension.TIME, "adaptation time constant").positive(),
                    ParameterDef.quantity("jump", Dimension.VOLTAGE, "threshold jump").nonNegative().withDefault(1.0));
        }

        @Override
        public AdaptiveParameters create(ParameterSet p) {
            return new AdaptiveParameters(p.number("tau_a", Dimension.TIME), p.number("jump", Dimension.VOLTAGE));
        }

        @Override
        public Class<AdaptiveParameters> parameterType() {
            return AdaptiveParameters.class;
        }

        @Override
        public Set<String> supportedLevels() {
            return Set.of("spiking");
        }
    }

    /** A user's gain function: the rectified square r = k [x]_+². */
    record Square(double k) implements GainFunction {
        public String name() {
            return "my_square";
        }

        public double value(double x) {
            return x > 0 ? k * x * x : 0;
        }

        public double derivative(double x) {
            return x > 0 ? 2 * k * x : 0;
        }

        public Interval inverseDomain() {
            return Interval.open(0, Double.POSITIVE_INFINITY);
        }

        public double inverse(double r) {
            return Math.sqrt(r / k);
        }
    }

    static final Kind<GainFunction> SQUARE = Kind.of("my_square",
            ParameterSchema.of(ParameterDef.quantity("k", Dimension.DIMENSIONLESS, "gain").positive()),
            p -> new Square(p.number("k", Dimension.DIMENSIONLESS)));

    static final class UserModule extends AbstractModule {
        @Override
        protected void configure() {
            Registrations.addNeuronModel(binder(), new AdaptiveModel());
            Registrations.addGain(binder(), SQUARE);
        }
    }

    static final class ClashingModule extends AbstractModule {
        @Override
        protected void configure() {
            Registrations.gains(binder()).addBinding("my_square").toInstance(SQUARE);
        }
    }

    static final class LifAgainModule extends AbstractModule {
        @Override
        protected void configure() {
            Registrations.addNeuronModel(binder(), new LifModel());
        }
    }

    @Test
    void theApiModuleRegistersLif() {
        Ratenet ratenet = Ratenet.builder().discover(false).build();
        assertTrue(ratenet.neuronModels().names().contains("lif"));
        assertTrue(ratenet.levels().names().isEmpty());
    }

    @Test
    void aUserModuleAddsANeuronModelAndAGainFunctionThatResolveByName() {
        Ratenet ratenet = Ratenet.builder().with(new UserModule()).build();
        NeuronModel<?> model = ratenet.neuronModels().get("my_adaptive");
        assertEquals(new AdaptiveParameters(100, 1), model.build(ParameterSet.builder().put("tau_a", 0.1, Unit.S).build()));
        GainFunction f = ratenet.gains().get("my_square").build(ParameterSet.builder().put("k", 2).build());
        assertEquals(18.0, f.value(3));
        assertEquals(3.0, f.inverse(f.value(3)), 1e-12);
        assertTrue(ratenet.neuronModels().names().contains("lif"));
    }

    @Test
    void aNameRegisteredTwiceNamesBothModules() {
        DuplicateRegistrationException e = assertThrows(DuplicateRegistrationException.class,
                () -> Ratenet.builder().with(new UserModule(), new ClashingModule()).build());
        assertTrue(e.getMessage().contains("gain function 'my_square'"), e.getMessage());
        assertTrue(e.getMessage().contains(UserModule.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(ClashingModule.class.getName()), e.getMessage());

        DuplicateRegistrationException lif = assertThrows(DuplicateRegistrationException.class,
                () -> Ratenet.builder().with(new LifAgainModule()).build());
        assertTrue(lif.getMessage().contains(ApiModule.class.getName()) && lif.getMessage().contains(LifAgainModule.class.getName()),
                lif.getMessage());
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        Ratenet ratenet = Ratenet.builder().with(new UserModule()).build();
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> ratenet.gains().get("sigmiod"));
        assertEquals("unknown gain function 'sigmiod' (known: my_square)", e.getMessage());
    }
}
