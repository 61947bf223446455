package merchlab.sample.catalog;

import merchlab.sample.Lang;

/**
 * What relevance grading needs to know of a product: language, leaf category, brand, colour, gender and price.
 *
 * <p>Evaluation code can build one from an imported product's fields with {@link #of}, so products the generator
 * never showed for a query can still be graded.
 *
 * @param leaf   leaf category index, -1 when unknown
 * @param brand  brand index, -1 when unknown
 * @param colour colour index, -1 when none
 */
public record ProductFacts(Lang lang, int leaf, int brand, int colour, Gender gender, double price) {

    /**
     * Facts from a product's Merchant Center fields.
     *
     * @param language     {@code en} or {@code zh} (the generator's {@code custom_label_0})
     * @param categoryPath the {@code product_type}, for example {@code Shoes > Athletic Shoes > Running Shoes}
     */
    public static ProductFacts of(Vocabulary vocabulary, String language, String categoryPath, String brand,
                                  String colour, String gender, double price) {
        return new ProductFacts(Lang.parse(language), vocabulary.leafByPath(categoryPath),
                vocabulary.brandByName(brand), vocabulary.colourByName(colour), Gender.parse(gender), price);
    }
}
