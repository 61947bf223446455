/** Many shoppers explored at once for minutes, with imports running beside them. */
package merchlab.bench.soak;
