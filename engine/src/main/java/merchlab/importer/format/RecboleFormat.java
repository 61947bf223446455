package merchlab.importer.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import merchlab.MerchLabException;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.catalog.Product;
import merchlab.importer.DataKind;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.Timestamps;

/**
 * RecBole atomic files with typed headers ({@code user_id:token}). A {@code .inter} row becomes a purchase event of
 * its user and item at its timestamp (RecBole's implicit-feedback reading; a rating is not stored); a {@code .item} row
 * a product ({@code movie_title} or {@code title} the title, the first token of {@code genre} or {@code class} the
 * category, every other column an attribute); a {@code .user} row a shopper with its columns as attributes. Without
 * a known extension, the columns decide which of the three a file is.
 */
final class RecboleFormat extends DelimitedFormat {
    private static final Set<String> TYPES = Set.of("token", "token_seq", "float", "float_seq");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "recbole";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS, DataKind.CATALOG);
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson()) {
            return 0;
        }
        List<String> h = sniff.header();
        boolean typed = !h.isEmpty() && h.stream().allMatch(c -> {
            int colon = c.lastIndexOf(':');
            return colon > 0 && TYPES.contains(c.substring(colon + 1));
        });
        return typed ? 10 : 0;
    }

    @Override
    protected String columnName(String normalized) {
        int colon = normalized.lastIndexOf(':');
        return colon > 0 ? normalized.substring(0, colon) : normalized;
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        String ext = source.sniff().extension();
        boolean users = c.has("user_id");
        boolean items = c.has("item_id");
        if (ext.equals("inter") || (!Set.of("item", "user").contains(ext) && users && items)) {
            return interactions(c, source, sink);
        }
        if (ext.equals("item") || (!ext.equals("user") && items)) {
            return items(c);
        }
        if (ext.equals("user") || users) {
            return shoppers(c);
        }
        throw new MerchLabException(source.fileName() + " is neither a RecBole .inter, .item nor .user file "
                + "(it has no user_id or item_id column)");
    }

    private RowMapper interactions(Columns c, ImportSource source, RowSink sink) {
        int user = c.require("user_id");
        int item = c.require("item_id");
        if (!c.has("timestamp")) {
            throw new MerchLabException(source.fileName() + " has no timestamp column: MerchLab needs the time of "
                    + "every interaction");
        }
        int time = c.require("timestamp");
        if (c.has("rating")) {
            c.find("rating");
            sink.note("rating values are not stored: every interaction becomes a purchase event");
        }
        noteUnused(c, sink);
        return (row, out) -> {
            long ts = Timestamps.parse(row.required(time));
            out.event(new Event(ts, row.required(user), null, EventType.PURCHASE, row.required(item), null, null, null,
                    null, null, null, null, null));
        };
    }

    private RowMapper items(Columns c) {
        int id = c.require("item_id");
        int title = c.find("movie_title", "title", "item_name", "name");
        int genre = c.find("genre", "class", "categories", "category");
        int brand = c.find("brand");
        int price = c.find("price");
        return (row, out) -> {
            String itemId = row.required(id);
            String genres = row.get(genre);
            String category = genres == null ? null : FillIn.path(genres.strip().split("\\s+")[0].split(">"));
            Map<String, String> attributes = new TreeMap<>();
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (v != null && i != id && i != title && i != brand && i != price && !row.name(i).isEmpty()) {
                    attributes.put(row.name(i), v);
                }
            }
            String maker = row.get(brand);
            String name = FillIn.title(row.get(title), maker, category, itemId);
            String amount = row.get(price);
            out.product(new Product(itemId, name, null, maker, category,
                    amount == null ? null : Numbers.decimal(amount, "price"), null, null, null, null, null, null,
                    null, null, null, null, attributes));
        };
    }

    private RowMapper shoppers(Columns c) {
        int id = c.require("user_id");
        return (row, out) -> {
            Map<String, String> attributes = new TreeMap<>();
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (v != null && i != id && !row.name(i).isEmpty()) {
                    attributes.put(row.name(i), v);
                }
            }
            out.user(row.required(id), json(attributes));
        };
    }

    private static String json(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
