/** Language understanding: pretrained text encoders that turn product and query text into vectors. */
package merchlab.text;
