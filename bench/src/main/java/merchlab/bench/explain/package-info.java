/** How long explaining a ranked list takes. */
package merchlab.bench.explain;
