/** Explanations: per-feature attributions of scores (Integrated Gradients), reasons in shop terms, global importance and faithfulness checks. */
package merchlab.explain;
