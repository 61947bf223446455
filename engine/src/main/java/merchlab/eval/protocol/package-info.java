/** Evaluation protocols: how a shopper-product interaction log splits into training data and ranking cases, and full-ranking evaluation of any recommender. */
package merchlab.eval.protocol;
