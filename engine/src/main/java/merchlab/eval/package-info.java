/** Evaluation: protocols that split logs into training and test data, and the results stored per model. */
package merchlab.eval;
