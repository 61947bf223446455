/** Benchmarks run from the command line: ranking speed, quality and memory side by side on one workspace. */
package merchlab.bench;
