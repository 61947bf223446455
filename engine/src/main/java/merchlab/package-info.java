/** MerchLab's engine: workspace, importers, text encoders, features, models, evaluation and explanations. */
package merchlab;
