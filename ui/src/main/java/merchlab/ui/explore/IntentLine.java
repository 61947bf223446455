package merchlab.ui.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.query.QueryIntent;
import merchlab.search.Correction;

/** A query's parsed intent, and how its words were read, as one line of text. */
public final class IntentLine {
    private IntentLine() {
    }

    /**
     * The parsed intent in one line, for example "read 凉鞋 as sandal · Apparel > Shoes 81% · brand acme · colour red ·
     * under 50".
     */
    public static String of(QueryIntent i, List<Correction> corrections) {
        Map<String, List<String>> readAs = new LinkedHashMap<>();
        List<String> kinds = new ArrayList<>();
        for (Correction c : corrections) {
            if (c.kind() == Correction.Kind.PRODUCT_TYPE) {
                kinds.add("looking for: " + c.meant());
            } else {
                readAs.computeIfAbsent(c.typed(), t -> new ArrayList<>()).add(c.meant());
            }
        }
        List<String> parts = new ArrayList<>();
        readAs.forEach((typed, meant) -> parts.add("read " + typed + " as " + String.join(", ", meant)));
        parts.addAll(kinds);
        if (!i.categories().isEmpty()) {
            parts.add(String.format(Locale.ROOT, "%s %.0f%%", i.topCategory(), 100 * i.categories().get(0).probability()));
        }
        if (i.brand() != null) {
            parts.add("brand " + i.brand());
        }
        if (i.colour() != null) {
            parts.add("colour " + i.colour());
        }
        if (i.size() != null) {
            parts.add("size " + i.size());
        }
        if (i.price() != null) {
            parts.add("price " + (i.price().min() == null ? "" : String.format(Locale.ROOT, "%.2f", i.price().min()))
                    + "–" + (i.price().max() == null ? "" : String.format(Locale.ROOT, "%.2f", i.price().max())));
        }
        if (!i.text().equals(i.query())) {
            parts.add("searching \"" + i.text() + "\"");
        }
        return parts.isEmpty() ? "no category, brand, colour, size or price recognised" : String.join(" · ", parts);
    }
}
