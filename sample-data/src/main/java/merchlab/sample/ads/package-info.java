/** Sponsored products in a generated shop: its advertisers' campaigns and the ad policy that filled its sponsored slots. */
package merchlab.sample.ads;
