/**
 * The Ads section: a visit's sponsored-products auction (who won each slot, at what price and why, with a what-if
 * bid) and the replay of the test period under each predicted CTR (revenue, relevance, calibration per slot, each
 * campaign's spend).
 */
package merchlab.ui.ads;
