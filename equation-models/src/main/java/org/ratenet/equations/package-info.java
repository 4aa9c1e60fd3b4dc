/**
 * Neuron models written as equations, as Brian2 users write them, that reach every level without Java.
 *
 * <p>A {@link org.ratenet.equations.ModelDefinition} (equations, threshold, reset, refractory period, parameters) is
 * parsed and checked for units (every right-hand side in the unit of its variable per time; one-line
 * {@link org.ratenet.equations.EquationException}s with field, line and column), then for each kind of synaptic input
 * integrated by a method chosen from the form of the equations ({@link org.ratenet.equations.IntegrationMethod}: exact
 * propagators for linear systems, exponential Euler for conditionally linear ones, RK4 otherwise) and compiled.
 *
 * <p>Code generation uses <a href="https://janino-compiler.github.io/janino/">Janino</a> rather than ASM: the update is
 * written as Java source (readable, {@link org.ratenet.equations.EquationModel#javaSource}), which Janino compiles in
 * memory in milliseconds without a JDK's javac, and the generated class extends a hand-written base
 * ({@link org.ratenet.equations.EquationPopulation}) over the primitive state arrays the SPI declares, so the JIT
 * compiles it like hand-written code. ASM would save the compile step but make every generated line bytecode by hand,
 * with no gain in the code the JIT sees.
 */
package org.ratenet.equations;
