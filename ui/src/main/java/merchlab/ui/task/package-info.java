/** Background work for the desktop: jobs run off the FX thread with progress, messages, cancel and a failure path. */
package merchlab.ui.task;
