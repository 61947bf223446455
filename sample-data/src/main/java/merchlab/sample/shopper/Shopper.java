package merchlab.sample.shopper;

import merchlab.sample.Lang;
import merchlab.sample.catalog.Gender;
import merchlab.sample.catalog.Vocabulary;

/**
 * One generated shopper and the latent interests the click model reads.
 *
 * @param topPreference    preference per top category, scaled so the favourite is 1
 * @param favouriteLeaves  leaf categories the shopper keeps coming back to
 * @param favouriteBrands  brands the shopper is drawn to
 * @param priceSensitivity how strongly prices above the category median put the shopper off (negative: premium seeker)
 * @param peakHour         the hour of day (UTC) the shopper usually visits around
 * @param activity         visit-rate multiplier (mean 1 over shoppers)
 * @param gender           whom the shopper mostly buys clothing and shoes for
 */
public record Shopper(int index, Lang lang, double[] topPreference, int[] favouriteLeaves, int[] favouriteBrands,
                      double priceSensitivity, Device device, double peakHour, double activity, Gender gender) {

    /** The user id written in files, for example {@code U000042}. */
    public String id() {
        return id(index);
    }

    public static String id(int index) {
        String digits = Integer.toString(index + 1);
        return "U" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
    }

    /** The index of a user id written by {@link #id(int)}, or -1. */
    public static int indexOf(String id) {
        if (id == null || id.length() < 2 || id.charAt(0) != 'U') {
            return -1;
        }
        try {
            return Integer.parseInt(id.substring(1)) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Category affinity in [0, 1]: 0.6 x the top category's preference + 0.4 when the leaf is a favourite. */
    public double categoryAffinity(Vocabulary vocabulary, int leaf) {
        double affinity = 0.6 * topPreference[vocabulary.leaf(leaf).top()];
        return isFavouriteLeaf(leaf) ? affinity + 0.4 : affinity;
    }

    public boolean isFavouriteLeaf(int leaf) {
        for (int f : favouriteLeaves) {
            if (f == leaf) {
                return true;
            }
        }
        return false;
    }

    public boolean isFavouriteBrand(int brand) {
        for (int f : favouriteBrands) {
            if (f == brand) {
                return true;
            }
        }
        return false;
    }
}
