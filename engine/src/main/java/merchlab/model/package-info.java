/** Models: saved model artefacts with their settings, schema, metrics and lineage, and the settings shared by all training. */
package merchlab.model;
