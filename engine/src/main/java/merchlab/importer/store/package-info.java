/** Writing imported rows into the workspace in batches, one transaction each, with de-duplication and reports. */
package merchlab.importer.store;
