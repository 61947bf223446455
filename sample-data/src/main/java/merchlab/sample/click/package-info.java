/** The known click model behind generated behaviour: planted drivers, the examination curve and click probabilities. */
package merchlab.sample.click;
