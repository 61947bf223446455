/** The Train section: choose a model kind and settings, train in the background with live curves, cancel. */
package merchlab.ui.train;
