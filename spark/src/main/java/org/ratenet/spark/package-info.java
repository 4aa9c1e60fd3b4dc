/**
 * Sweeps on Apache Spark: the engine {@code spark} of {@code ratenet sweep --engine spark [--master ...]}, one point one
 * task, each point evaluated on its executor from the sweep's data with a registry rebuilt there from the modules on the
 * executor's class path (plugins included); the rows are those of the local engine, plus a Parquet dataset. The only
 * module of ratenet that depends on Spark.
 */
package org.ratenet.spark;
