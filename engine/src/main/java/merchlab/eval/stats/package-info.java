/** Statistics behind the figures: the significance of a difference between two models on the same units, and intervals of rates. */
package merchlab.eval.stats;
