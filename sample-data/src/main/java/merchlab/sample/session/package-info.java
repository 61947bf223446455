/** Simulated shopping sessions: requests, the shop's noisy retriever, impressions, clicks, carts and purchases. */
package merchlab.sample.session;
