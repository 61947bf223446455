/** The Explore section: a shopper's or a query's ranked products under two models and a baseline, side by side. */
package merchlab.ui.explore;
