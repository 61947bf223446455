package merchlab.sample.io;

import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import merchlab.csv.CsvWriter;
import merchlab.csv.Decimals;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.shopper.Shopper;

/**
 * Writes {@code shoppers.csv}: each shopper's latent interests, for inspection (the importers do not need it).
 * Lists inside a cell are separated by {@code |}; category preferences read {@code key:weight}.
 */
public final class ShopperFile {
    /** The shoppers.csv header, in order. */
    public static final List<String> COLUMNS = List.of("user_id", "lang", "gender", "device", "peak_hour",
            "price_sensitivity", "activity", "favourite_categories", "favourite_brands", "category_preferences");

    private ShopperFile() {
    }

    public static void write(Path file, Shopper[] shoppers, Vocabulary vocabulary) {
        try (CsvWriter out = new CsvWriter(file, COLUMNS)) {
            for (Shopper s : shoppers) {
                StringJoiner leaves = new StringJoiner("|");
                for (int leaf : s.favouriteLeaves()) {
                    leaves.add(vocabulary.path(leaf, s.lang()));
                }
                StringJoiner brands = new StringJoiner("|");
                for (int brand : s.favouriteBrands()) {
                    brands.add(vocabulary.brand(brand).name());
                }
                StringJoiner preferences = new StringJoiner("|");
                for (int top = 0; top < s.topPreference().length; top++) {
                    preferences.add(vocabulary.tops().get(top).key() + ":" + Decimals.fixed(s.topPreference()[top], 3));
                }
                out.cell(s.id()).cell(s.lang().code()).cell(s.gender().code()).cell(s.device().code())
                        .fixed(s.peakHour(), 1).fixed(s.priceSensitivity(), 3).fixed(s.activity(), 3)
                        .cell(leaves.toString()).cell(brands.toString()).cell(preferences.toString());
                out.endRow();
            }
        }
    }
}
