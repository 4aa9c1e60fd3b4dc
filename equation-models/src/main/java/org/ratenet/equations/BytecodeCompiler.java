package org.ratenet.equations;

import java.lang.reflect.Constructor;
import java.util.concurrent.atomic.AtomicReference;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles generated source to a class with Janino, in memory, in milliseconds; each class gets its own class loader
 * (a child of this module's), so it is unloaded with the model that made it. Janino compiles recursively, so it runs in
 * a thread of its own with a stack large enough for the deepest expression the checker admits
 * ({@link Checker#MAX_RESOLVED_DEPTH} levels).
 */
final class BytecodeCompiler {

    /** The compiling thread's stack (reserved, committed only as used). */
    private static final long STACK_BYTES = 256L << 20;

    private BytecodeCompiler() {
    }

    /** The constructor {@code (EquationPopulation.Setup)} of class {@code simpleName} in the source. */
    static Constructor<? extends EquationPopulation> compile(String source, String simpleName) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread compiler = new Thread(null, () -> outcome.set(cook(source, simpleName)), "ratenet-equation-compiler", STACK_BYTES);
        compiler.start();
        try {
            compiler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + simpleName, e);
        }
        Object result = outcome.get();
        if (result instanceof Constructor<?> c) {
            @SuppressWarnings("unchecked")
            Constructor<? extends EquationPopulation> constructor = (Constructor<? extends EquationPopulation>) c;
            return constructor;
        }
        throw new IllegalStateException("ratenet generated code that does not compile (a bug; please report it with the model): "
                + (result instanceof Throwable t ? t.getMessage() : result) + "\n" + source, result instanceof Throwable t ? t : null);
    }

    /** The constructor, or the throwable that stopped the compiler. */
    private static Object cook(String source, String simpleName) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(EquationPopulation.class.getClassLoader());
        try {
            compiler.cook(source);
            Class<?> type = compiler.getClassLoader().loadClass(JavaSource.PACKAGE + "." + simpleName);
            return type.asSubclass(EquationPopulation.class).getConstructor(EquationPopulation.Setup.class);
        } catch (CompileException | ClassNotFoundException | NoSuchMethodException | RuntimeException | StackOverflowError e) {
            return e;
        }
    }
}
