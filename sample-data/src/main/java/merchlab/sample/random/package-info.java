/** A seeded random source with its own algorithms, so generated shops are identical on every Java version. */
package merchlab.sample.random;
