package org.ratenet.cli.output;

import com.google.inject.Binder;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;

/** The map binder of level outputs, by level name: {@code OutputRegistrations.levelOutputs(binder()).addBinding("my_level").toInstance(...)}. */
public final class OutputRegistrations {

    static final TypeLiteral<LevelOutput<?>> LEVEL_OUTPUT = new TypeLiteral<>() { };

    private OutputRegistrations() {
    }

    public static MapBinder<String, LevelOutput<?>> levelOutputs(Binder binder) {
        return MapBinder.newMapBinder(binder, TypeLiteral.get(String.class), LEVEL_OUTPUT);
    }

    /** The registered outputs in an injector that declared them (empty when none did). */
    @SuppressWarnings("unchecked")
    public static java.util.Map<String, LevelOutput<?>> all(com.google.inject.Injector injector) {
        com.google.inject.Key<java.util.Map<String, LevelOutput<?>>> key = com.google.inject.Key.get(new TypeLiteral<>() { });
        return injector.getExistingBinding(key) == null ? java.util.Map.of() : injector.getInstance(key);
    }
}
