/** Metrics: small classes, each citing its definition, for click prediction and top-N ranking. */
package merchlab.metric;
