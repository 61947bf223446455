/** Shopper service messages for a generated shop, with their true intent and entities. */
package merchlab.sample.service;
