/** The Explain section: global importance of features and groups, and one product's attributions as a waterfall. */
package merchlab.ui.explain;
