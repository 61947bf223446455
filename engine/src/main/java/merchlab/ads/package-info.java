/**
 * Sponsored products: campaigns with per-product bids and targeting, the ad requests of search and recommendation
 * lists, and the auction that fills their sponsored slots (eCPM ranking, second price with a reserve, paced budgets).
 */
package merchlab.ads;
