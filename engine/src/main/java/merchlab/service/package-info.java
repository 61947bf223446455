/** The shopper service: recognise a message's intent and entities, draft an answer from the shop's own data, or hand off. */
package merchlab.service;
