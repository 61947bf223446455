/** The ranker: a click-through-rate model over the named features with trainable text-embedding adapters (DJL PyTorch). */
package merchlab.model.ranker;
