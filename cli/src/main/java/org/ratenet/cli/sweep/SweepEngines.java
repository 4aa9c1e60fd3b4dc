package org.ratenet.cli.sweep;

import java.util.Map;

import com.google.inject.Binder;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;

/** The map binder of sweep engines, by name: {@code SweepEngines.register(binder()).addBinding("mine").to(MyEngine.class)}. */
public final class SweepEngines {

    private SweepEngines() {
    }

    public static MapBinder<String, SweepEngine> register(Binder binder) {
        return MapBinder.newMapBinder(binder, String.class, SweepEngine.class);
    }

    /** The registered engines in an injector that declared them (empty when none did). */
    public static Map<String, SweepEngine> all(Injector injector) {
        Key<Map<String, SweepEngine>> key = Key.get(new TypeLiteral<>() { });
        return injector.getExistingBinding(key) == null ? Map.of() : injector.getInstance(key);
    }
}
