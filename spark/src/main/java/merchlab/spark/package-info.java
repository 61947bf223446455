/**
 * Batch jobs on Apache Spark for shops beyond one machine: {@code encode}, {@code recommend}, {@code evaluate} and
 * {@code aggregate}, each a {@code spark-submit} main with the command line's conventions. The work inside a partition
 * is the engine's own (text preparation, encoders, models, metrics), opened once per executor and reused.
 */
package merchlab.spark;
