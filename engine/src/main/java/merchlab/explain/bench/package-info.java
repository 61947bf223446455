/** Speed benchmark of explanations: one scored product and a whole top-10 list, median after warm-up. */
package merchlab.explain.bench;
