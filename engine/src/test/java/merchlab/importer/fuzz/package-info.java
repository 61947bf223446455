/** Fuzz tests of every import reader and the format sniffer, with the property they must keep. */
package merchlab.importer.fuzz;
