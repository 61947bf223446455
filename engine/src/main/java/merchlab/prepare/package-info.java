/** Preparing a workspace after an import: text vectors, the search index and the default models, in one service. */
package merchlab.prepare;
