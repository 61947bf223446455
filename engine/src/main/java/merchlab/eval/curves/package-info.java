/** Chart data of click evaluations as plain arrays: CTR by position and by day, calibration, ROC and NDCG@k. */
package merchlab.eval.curves;
