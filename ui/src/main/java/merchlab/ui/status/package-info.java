/** The status bar: running work with progress and cancel, notices, and the problem display every failure reaches. */
package merchlab.ui.status;
