/** Ranking speed, quality and memory of the ranker side by side on one workspace. */
package merchlab.bench.ranking;
