/** Shopper queries: their true intent, how shoppers type them (misspelled, paraphrased) and graded relevance. */
package merchlab.sample.query;
