/** A seeded generator of realistic shops (catalog, shoppers, behaviour logs) with a known click model as truth. */
package merchlab.sample;
