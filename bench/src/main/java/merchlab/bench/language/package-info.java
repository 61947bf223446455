/** Language understanding: search quality and speed of the encoders, Taobao query tagging and lexical search. */
package merchlab.bench.language;
