/** Significance of the difference between two models measured on the same units (queries, shoppers or lists). */
package merchlab.eval.stats;
