/** Scoring: candidates from several sources re-ranked by a chosen model, for a shopper, a query or every shopper at once. */
package merchlab.scoring;
