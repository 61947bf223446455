/**
 * The benchmarks and evaluations on data sets, run as {@code ./merchlab bench-...}: kept out of the engine and the
 * desktop app, which never run them.
 */
package merchlab.bench;
