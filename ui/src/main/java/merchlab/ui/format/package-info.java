/** How the desktop writes counts, prices, times and durations, the same way on every screen. */
package merchlab.ui.format;
