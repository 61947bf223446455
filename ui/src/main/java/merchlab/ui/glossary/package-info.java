/** The glossary: what the screens' terms (CTR, ECE, completeness error, NDCG@10 ...) mean, reachable from every "?". */
package merchlab.ui.glossary;
