/** The launcher: the composition root that starts the desktop workbench or the command line. */
package merchlab.app;
