/** Judged search quality: each model's result lists for the workspace's judged queries, scored by graded relevance. */
package merchlab.eval.judged;
