/**
 * The analyst's breakdowns: click-through, add-to-cart and conversion of shown products by two dimensions (category,
 * device, hour, weekday, position, day) over a period, with counts, 95% intervals and the previous period beside them;
 * SQL counts the big scan, Tablesaw computes rates, joins the periods and pivots in memory.
 */
package merchlab.breakdown;
