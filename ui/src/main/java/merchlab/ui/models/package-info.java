/** The Models section: saved models with their settings, metrics and lineage; delete, export and import. */
package merchlab.ui.models;
