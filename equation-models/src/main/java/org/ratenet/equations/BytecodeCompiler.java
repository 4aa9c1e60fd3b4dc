package org.ratenet.equations;

import java.lang.reflect.Constructor;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles generated source to a class with Janino, in memory, in milliseconds; each class gets its own class loader
 * (a child of this module's), so it is unloaded with the model that made it.
 */
final class BytecodeCompiler {

    private BytecodeCompiler() {
    }

    /** The constructor {@code (EquationPopulation.Setup)} of class {@code simpleName} in the source. */
    static Constructor<? extends EquationPopulation> compile(String source, String simpleName) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(EquationPopulation.class.getClassLoader());
        try {
            compiler.cook(source);
            Class<?> type = compiler.getClassLoader().loadClass(JavaSource.PACKAGE + "." + simpleName);
            return type.asSubclass(EquationPopulation.class).getConstructor(EquationPopulation.Setup.class);
        } catch (CompileException | ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("ratenet generated code that does not compile (a bug; please report it with the model): "
                    + e.getMessage() + "\n" + source, e);
        }
    }
}
