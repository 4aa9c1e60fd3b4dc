package org.ratenet.api.inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinderBinding;
import com.google.inject.multibindings.MultibindingsTargetVisitor;
import com.google.inject.spi.DefaultBindingTargetVisitor;
import com.google.inject.spi.Element;
import com.google.inject.spi.ElementSource;
import com.google.inject.spi.Elements;

import org.ratenet.api.model.ConnectivityRule;
import org.ratenet.api.model.GainFunction;
import org.ratenet.api.model.Kind;
import org.ratenet.api.model.Level;
import org.ratenet.api.model.NeuronModel;
import org.ratenet.api.model.PlasticityRule;
import org.ratenet.api.registry.Registries;
import org.ratenet.api.registry.Registry;
import org.ratenet.api.registry.SpecChecker;
import org.ratenet.api.spec.NetworkSpec;

/**
 * The entry point: an injector built from every {@link RatenetModule} on the class path plus the
 * user's modules, and the registries they fill.
 *
 * <pre>{@code
 * Ratenet ratenet = Ratenet.builder().with(new MyModelsModule()).build();
 * GainFunction f = ratenet.gains().get("my_gain").build(parameters);
 * }</pre>
 *
 * A name registered twice for the same sort is a {@link DuplicateRegistrationException} naming both modules.
 */
public final class Ratenet {

    private final Injector injector;
    private final Registries registries;
    private final Registry<Level<?>> levels;

    private Ratenet(Injector injector) {
        this.injector = injector;
        this.registries = injector.getInstance(Registries.class);
        this.levels = new Registry<>("level", injector.getInstance(Key.get(LEVEL_MAP)));
    }

    private static final TypeLiteral<Map<String, Level<?>>> LEVEL_MAP = new TypeLiteral<>() { };

    /** The modules on the class path only. */
    public static Ratenet create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Registry<NeuronModel<?>> neuronModels() {
        return registries.neuronModels();
    }

    public Registry<Kind<GainFunction>> gains() {
        return registries.gains();
    }

    public Registry<Kind<ConnectivityRule>> connectivityRules() {
        return registries.connectivityRules();
    }

    public Registry<Kind<PlasticityRule>> plasticityRules() {
        return registries.plasticityRules();
    }

    /** The levels: each evaluates a spec in its own way (conductance, rate, mean field, spiking). */
    public Registry<Level<?>> levels() {
        return levels;
    }

    public Registries registries() {
        return registries;
    }

    /** Checks a spec against the registries; see {@link SpecChecker}. */
    public void check(NetworkSpec spec) {
        new SpecChecker(registries).check(spec);
    }

    /**
     * Every registered component by sort, as {@code ratenet models} lists them: neuron model, gain function,
     * connectivity rule, plasticity rule, level, and any further registry of {@link Kind}s a module declares with a
     * {@code MapBinder} (e.g. weight functions), each sorted by name.
     */
    public Map<String, Map<String, Object>> components() {
        Map<String, Map<String, Object>> sorts = new java.util.TreeMap<>();
        for (Binding<?> binding : injector.getAllBindings().values()) {
            Object found = binding.acceptTargetVisitor(new MapBinderFinder());
            if (found instanceof MapBinderBinding<?> map && map.getKeyTypeLiteral().getRawType() == String.class
                    && COMPONENT_TYPES.contains(map.getValueTypeLiteral().getRawType())) {
                Map<String, Object> entries = new java.util.TreeMap<>();
                ((Map<?, ?>) injector.getInstance(map.getMapKey())).forEach((k, v) -> entries.put(String.valueOf(k), v));
                sorts.put(sortName(map.getValueTypeLiteral()), entries);
            }
        }
        return sorts;
    }

    /** The component SPIs whose registries {@link #components()} lists (not, e.g., the command line's output registry). */
    private static final java.util.Set<Class<?>> COMPONENT_TYPES = java.util.Set.of(Kind.class, NeuronModel.class, Level.class);

    /** "neuron model" for the known sorts; otherwise the value type's last type argument in words ("weight function"). */
    private static String sortName(TypeLiteral<?> type) {
        String known = SORTS.get(type);
        if (known != null) {
            return known;
        }
        String name = type.toString().replaceAll(".*[.<]", "").replace(">", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The injector, for levels and tools that take further dependencies. */
    public Injector injector() {
        return injector;
    }

    /** Collects modules, then builds the injector. */
    public static final class Builder {
        private final List<Module> userModules = new ArrayList<>();
        private boolean discover = true;
        private ClassLoader loader = Ratenet.class.getClassLoader();

        private Builder() {
        }

        /** Adds user modules; one of the same class as a discovered module replaces it. */
        public Builder with(Module... modules) {
            userModules.addAll(List.of(modules));
            return this;
        }

        /** Whether to load the {@link RatenetModule}s on the class path (default true). */
        public Builder discover(boolean discoverModules) {
            this.discover = discoverModules;
            return this;
        }

        /** The class loader whose {@link RatenetModule}s are discovered (default: ratenet's own), e.g. one over plugin jars. */
        public Builder classLoader(ClassLoader classLoader) {
            this.loader = java.util.Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        public Ratenet build() {
            Map<Class<?>, Module> modules = new LinkedHashMap<>();
            modules.put(ApiModule.class, new ApiModule());
            if (discover) {
                discovered(loader).forEach(m -> modules.put(m.getClass(), m));
            }
            userModules.forEach(m -> modules.put(m.getClass(), m));
            rejectDuplicateNames(modules.values());
            return new Ratenet(Guice.createInjector(modules.values()));
        }
    }

    /**
     * The {@link RatenetModule}s listed in {@code META-INF/services} on the loader's class path; a listed class of the
     * wrong shape is a {@link PluginException} naming it.
     */
    private static List<RatenetModule> discovered(ClassLoader loader) {
        List<RatenetModule> found = new ArrayList<>();
        java.util.Iterator<RatenetModule> it = ServiceLoader.load(RatenetModule.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return found;
                }
                found.add(it.next());
            } catch (java.util.ServiceConfigurationError e) {
                throw new PluginException(e);
            }
        }
    }

    private static final Map<TypeLiteral<?>, String> SORTS = Map.of(
            Registrations.NEURON_MODEL, "neuron model", Registrations.GAIN, "gain function",
            Registrations.CONNECTIVITY, "connectivity rule", Registrations.PLASTICITY, "plasticity rule",
            Registrations.LEVEL, "level");

    /** Finds names bound twice in one registry map, and names the modules that bound them. */
    private static void rejectDuplicateNames(Iterable<Module> modules) {
        List<Element> elements = Elements.getElements(modules);
        for (Element e : elements) {
            if (!(e instanceof Binding<?> binding)) {
                continue;
            }
            Object found = binding.acceptTargetVisitor(new MapBinderFinder());
            if (!(found instanceof MapBinderBinding<?> map)) {
                continue;
            }
            String sort = SORTS.getOrDefault(map.getValueTypeLiteral(), map.getValueTypeLiteral().toString());
            Map<Object, List<String>> owners = new LinkedHashMap<>();
            for (Map.Entry<?, Binding<?>> entry : map.getEntries(elements)) {
                owners.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(moduleOf(entry.getValue()));
            }
            owners.forEach((name, who) -> {
                if (who.size() > 1) {
                    throw new DuplicateRegistrationException(sort, String.valueOf(name), who);
                }
            });
        }
    }

    private static String moduleOf(Binding<?> binding) {
        if (binding.getSource() instanceof ElementSource source && !source.getModuleClassNames().isEmpty()) {
            return source.getModuleClassNames().get(0);
        }
        return String.valueOf(binding.getSource());
    }

    /** Returns the {@link MapBinderBinding} behind a binding, or null. */
    private static final class MapBinderFinder extends DefaultBindingTargetVisitor<Object, Object>
            implements MultibindingsTargetVisitor<Object, Object> {
        @Override
        public Object visit(com.google.inject.multibindings.MultibinderBinding<? extends Object> multibinding) {
            return null;
        }

        @Override
        public Object visit(MapBinderBinding<? extends Object> mapbinding) {
            return mapbinding;
        }

        @Override
        public Object visit(com.google.inject.multibindings.OptionalBinderBinding<? extends Object> optionalbinding) {
            return null;
        }
    }

}
