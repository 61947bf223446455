/** The Breakdowns section: rates of shown products by two dimensions over a period, against the period before. */
package merchlab.ui.breakdown;
