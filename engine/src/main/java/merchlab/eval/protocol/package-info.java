/** Evaluation protocols: how a shopper-product interaction log splits into training data and ranking cases, and the evaluation that trains every kind on the training split and ranks the catalog for the test shoppers. */
package merchlab.eval.protocol;
