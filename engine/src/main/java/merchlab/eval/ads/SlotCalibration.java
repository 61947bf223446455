package merchlab.eval.ads;

import merchlab.metric.CalibrationError;

/**
 * How well one source's predicted CTR matched the logged clicks of the ads shown in one slot (or all slots), before
 * and after its calibrator.
 *
 * @param pctr      the source
 * @param slot      the slot, or 0 for every slot
 * @param ads       logged ad impressions compared
 * @param eceBefore expected calibration error of the raw predictions
 * @param eceAfter  expected calibration error of the calibrated predictions
 * @param before    the reliability curve of the raw predictions
 * @param after     the reliability curve of the calibrated predictions
 */
public record SlotCalibration(String pctr, int slot, int ads, double eceBefore, double eceAfter,
                              CalibrationError.Bucket[] before, CalibrationError.Bucket[] after) {
}
