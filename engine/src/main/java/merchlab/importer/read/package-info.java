/** Low-level, streaming readers for import files: CSV/TSV records, JSON lines, strict UTF-8, numbers and timestamps. */
package merchlab.importer.read;
