package merchlab.sample.catalog;

import java.util.List;
import merchlab.sample.Lang;

/**
 * The most specific category a product belongs to, such as Running Shoes, with everything a product line of it draws
 * from: names, query synonyms, a log-normal price, sizes, materials, colours, gender and title adjectives.
 *
 * @param path        the levels below the top category (one or two)
 * @param noun        the product noun titles use
 * @param medianUsd   median price in USD of a mid-tier product
 * @param sigma       log-normal spread of prices
 * @param sizes       size values (empty when products have no size)
 * @param sizeScales  whether bigger sizes cost more (capacity, storage) rather than the same (clothing)
 * @param genderMode  {@code both}, {@code female} or {@code none}
 * @param complements indexes of leaves whose products go with this one's
 * @param maxQuantity the most units a shopper buys at once
 */
public record LeafCategory(int index, String key, int top, List<Bilingual> path, Bilingual noun,
                           List<String> synonymsEn, List<String> synonymsZh, double medianUsd, double sigma,
                           List<Bilingual> sizes, String sizePatternEn, String sizePatternZh, boolean sizeScales,
                           int[] materials, int[] colours, String genderMode, List<Bilingual> adjectives,
                           int[] complements, int maxQuantity) {

    public List<String> synonyms(Lang lang) {
        return lang == Lang.EN ? synonymsEn : synonymsZh;
    }

    /** The size as a title writes it, for example {@code Size 42} or {@code 42码}. */
    public String sizeInTitle(int size, Lang lang) {
        String value = sizes.get(size).in(lang);
        return (lang == Lang.EN ? sizePatternEn : sizePatternZh).replace("{}", value);
    }

    /** The middle level of the path (for example Athletic Shoes), or null for two-level paths. */
    public Bilingual middle() {
        return path.size() > 1 ? path.get(0) : null;
    }

    public boolean isSiblingOf(LeafCategory other) {
        return other.index != index && top == other.top && middle() != null && middle().equals(other.middle());
    }

    public boolean hasComplement(int leaf) {
        for (int c : complements) {
            if (c == leaf) {
                return true;
            }
        }
        return false;
    }
}
