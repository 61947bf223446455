/** Generated shoppers: latent interests (categories, brands, price sensitivity), usual device and active hours. */
package merchlab.sample.shopper;
