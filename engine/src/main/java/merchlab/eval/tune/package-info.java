/** Tuning: random search with successive halving over a model kind's settings, judged on a protocol's validation shoppers. */
package merchlab.eval.tune;
