/** Baselines every trained model is compared with: popularity, item-to-item co-occurrence and zero-shot semantic similarity. */
package merchlab.model.baseline;
