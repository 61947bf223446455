/** Task runners: the FX one (a background executor reporting back on the FX thread) and synchronous ones for tests. */
package merchlab.ui.task.runner;
