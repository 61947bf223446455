/** Streaming writers (and a reader) for the generated shop's files: CSV, Merchant Center JSON Lines, GA4 and truth. */
package merchlab.sample.io;
