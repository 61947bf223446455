/** The Query sets section: judged queries scored by two rankings side by side, and grades given by hand. */
package merchlab.ui.querysets;
