/** CSV files beside the imports (evaluation files, query kinds, exports): one reader of RFC 4180 rows. */
package merchlab.csv;
