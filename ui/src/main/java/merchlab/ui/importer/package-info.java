/** The import dialog: choose files and their kind, preview the first rows, import with progress and cancel, read the report. */
package merchlab.ui.importer;
