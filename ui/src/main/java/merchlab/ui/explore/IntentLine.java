package merchlab.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import merchlab.query.QueryIntent;

/** A query's parsed intent as one line of text. */
public final class IntentLine {
    private IntentLine() {
    }

    /** The parsed intent in one line, for example "Apparel > Shoes 81% · brand acme · colour red · under 50". */
    public static String of(QueryIntent i) {
        List<String> parts = new ArrayList<>();
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
