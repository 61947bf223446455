/** The Evaluate section: metrics per model and protocol beside the baselines, and the click-evaluation charts. */
package merchlab.ui.evaluate;
