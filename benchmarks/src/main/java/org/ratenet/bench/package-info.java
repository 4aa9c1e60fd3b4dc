/**
 * JMH benchmarks, run on demand and never as timed unit tests:
 * {@code ./mvnw -B -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar}.
 */
package org.ratenet.bench;
