/**
 * The offline replay of sponsored products: the test period's ad requests auctioned again under other click
 * estimates, reserves and relevance weights, and what each would have earned, cost and shown.
 */
package merchlab.eval.ads;
