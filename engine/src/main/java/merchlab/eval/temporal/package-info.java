/** The temporal-split protocol: models learn from logs before a cut-off and are judged on the result lists after it. */
package merchlab.eval.temporal;
