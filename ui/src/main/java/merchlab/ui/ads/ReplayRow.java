package merchlab.ui.ads;

import merchlab.eval.ads.ReplayResult;

/**
 * One way of running the auction as the replay's table shows it.
 *
 * @param source the predicted CTR's source and its calibration, "ranker, calibrated (platt)", "oracle", "bid-only"
 * @param result what it earned and showed
 * @param ece    the expected calibration error of that predicted CTR on the test period's logged ads, NaN where
 *               unmeasured (bid-only)
 */
public record ReplayRow(String source, ReplayResult result, double ece) {
}
