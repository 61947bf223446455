/** The command line: one class per command, each a thin shell around engine calls. */
package merchlab.cli;
