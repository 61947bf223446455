/** The sequence recommender against its baselines on public purchase sequences (MovieLens, Amazon Beauty). */
package merchlab.bench.sequence;
