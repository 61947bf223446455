/** The workspace: one SQLite file holding catalog, behaviour logs, embeddings, models and reports. */
package merchlab.workspace;
