/**
 * Calibrators that turn a model's predicted click probabilities into honest ones (Platt scaling, isotonic regression),
 * fitted on held-out predictions and stored with the model.
 */
package merchlab.model.calibration;
