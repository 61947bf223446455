package merchlab.sample.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;
import merchlab.csv.CsvWriter;
import merchlab.csv.Decimals;
import merchlab.sample.Lang;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.LeafCategory;
import merchlab.sample.catalog.ProductText;
import merchlab.sample.catalog.Vocabulary;

/**
 * Writes the catalog as {@code products.csv} (Merchant Center columns) and, when asked, as {@code products.jsonl}
 * (the same field names as JSON Lines, empty fields left out).
 */
public final class ProductFiles {
    /** The products.csv header, in order. */
    public static final List<String> COLUMNS = List.of("id", "title", "description", "link", "image_link",
            "availability", "price", "brand", "product_type", "color", "size", "material", "gender", "item_group_id",
            "custom_label_0");
    private static final String SHOP = "https://shop.example.com";
    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final ProductText text;

    public ProductFiles(Catalog catalog) {
        this.catalog = catalog;
        this.vocabulary = catalog.vocabulary();
        this.text = new ProductText(catalog);
    }

    /**
     * @param jsonl    where to write products.jsonl, or null for none
     * @param progress told the share of products written
     */
    public void write(Path csv, Path jsonl, DoubleConsumer progress) {
        try (CsvWriter out = new CsvWriter(csv, COLUMNS);
             JsonLinesFile json = jsonl == null ? null : new JsonLinesFile(jsonl)) {
            String[] row = new String[COLUMNS.size()];
            for (int i = 0; i < catalog.size(); i++) {
                fill(i, row);
                for (String cell : row) {
                    out.cell(cell);
                }
                out.endRow();
                if (json != null) {
                    writeJson(json, row);
                }
                if (i % 50_000 == 0) {
                    progress.accept((double) i / catalog.size());
                }
            }
        }
    }

    /** One product's Merchant Center fields, in {@link #COLUMNS} order (null for empty). */
    public void fill(int i, String[] row) {
        Lang lang = catalog.lang(i);
        LeafCategory leaf = vocabulary.leaf(catalog.leaf(i));
        String id = Catalog.id(i);
        row[0] = id;
        row[1] = text.title(i);
        row[2] = text.description(i);
        row[3] = SHOP + "/products/" + id;
        row[4] = SHOP + "/images/" + id + ".jpg";
        row[5] = catalog.availability(i).code();
        row[6] = Decimals.price(catalog.priceCents(i)) + " " + lang.currency();
        row[7] = vocabulary.brand(catalog.brand(i)).name();
        row[8] = vocabulary.path(leaf.index(), lang);
        row[9] = catalog.colour(i) < 0 ? null : vocabulary.colours().get(catalog.colour(i)).in(lang);
        row[10] = catalog.sizeIndex(i) < 0 ? null : leaf.sizes().get(catalog.sizeIndex(i)).in(lang);
        row[11] = catalog.material(i) < 0 ? null : vocabulary.materials().get(catalog.material(i)).in(lang);
        row[12] = catalog.gender(i).code().isEmpty() ? null : catalog.gender(i).code();
        row[13] = catalog.groupId(i);
        row[14] = lang.code();
    }

    private static void writeJson(JsonLinesFile file, String[] row) {
        try {
            JsonGenerator json = file.json();
            json.writeStartObject();
            for (int c = 0; c < row.length; c++) {
                if (row[c] != null && !row[c].isEmpty()) {
                    json.writeStringField(COLUMNS.get(c), row[c]);
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
