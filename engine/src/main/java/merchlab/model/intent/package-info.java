/** Intent recognition for shopper messages: TF-IDF n-grams, the n-gram baseline and the DJL classifier over encoder vectors. */
package merchlab.model.intent;
