/** Full ranking: any recommender ranks the whole catalog for many shoppers at once, judged against ranking cases; evaluation and tuning share it. */
package merchlab.model.ranking;
