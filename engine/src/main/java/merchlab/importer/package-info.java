/** Importers: streaming readers of catalog, behaviour-log and judgment files that validate every row into the workspace. */
package merchlab.importer;
