/** Benchmarks: command-line evaluations on public data sets that print their figures as JSON. */
package merchlab.eval.bench;
