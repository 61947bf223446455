package merchlab.features;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a query asks for in the catalog's own vocabulary: brands and colours the catalog has, a gender, and a
 * price range ("under 50", "75-100", "50元以下"). Brands and colours match as whole words (or, in Chinese, as text).
 */
public final class QueryReader {
    private static final Pattern UNDER = Pattern.compile("(?:under|below|less than|max|up to)\\s*\\$?\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern OVER = Pattern.compile("(?:over|above|more than|min|from)\\s*\\$?\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern RANGE = Pattern.compile("\\$?(\\d+(?:\\.\\d+)?)\\s*(?:-|~|to|至|到)\\s*\\$?(\\d+(?:\\.\\d+)?)");
    private static final Pattern ZH_UNDER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*元?\\s*(?:以下|以内|之内)");
    private static final Pattern ZH_OVER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*元?\\s*以上");
    private static final Set<String> MALE = Set.of("men", "mens", "man", "male", "boys", "boy", "gentlemen");
    private static final Set<String> FEMALE = Set.of("women", "womens", "woman", "female", "ladies", "lady", "girls",
            "girl");

    private final List<String> brandNames = new ArrayList<>();
    private final List<Integer> brandIds = new ArrayList<>();
    private final List<String> colours;

    public QueryReader(ShopCatalog catalog) {
        for (int b = 0; b < catalog.brands().size(); b++) {
            String name = normalise(catalog.brands().name(b));
            if (!name.isBlank()) {
                brandNames.add(name);
                brandIds.add(b);
            }
        }
        Set<String> c = new HashSet<>();
        for (int p = 0; p < catalog.size(); p++) {
            if (catalog.colour(p) != null) {
                c.add(normalise(catalog.colour(p)));
            }
        }
        c.removeIf(String::isBlank);
        colours = new ArrayList<>(c);
        colours.sort(null);
    }

    /**
     * What a query states.
     *
     * @param brands  catalog brand numbers named in the query
     * @param colours colours (lower case) named in the query
     * @param gender  {@code male}, {@code female} or null
     * @param min     lowest price asked for, NaN when none
     * @param max     highest price asked for, NaN when none
     */
    public record Asked(Set<Integer> brands, Set<String> colours, String gender, double min, double max) {
        public static final Asked NOTHING = new Asked(Set.of(), Set.of(), null, Double.NaN, Double.NaN);

        public boolean hasPrice() {
            return !Double.isNaN(min) || !Double.isNaN(max);
        }
    }

    public Asked read(String query) {
        if (query == null || query.isBlank()) {
            return Asked.NOTHING;
        }
        String text = normalise(query);
        String padded = " " + text + " ";
        Set<Integer> brands = new HashSet<>();
        for (int i = 0; i < brandNames.size(); i++) {
            if (mentions(text, padded, brandNames.get(i))) {
                brands.add(brandIds.get(i));
            }
        }
        Set<String> named = new HashSet<>();
        for (String c : colours) {
            if (mentions(text, padded, c)) {
                named.add(c);
            }
        }
        return new Asked(brands, named, gender(text), min(query.toLowerCase(Locale.ROOT)), max(query.toLowerCase(Locale.ROOT)));
    }

    private static boolean mentions(String text, String padded, String name) {
        return containsCjk(name) ? text.contains(name) : padded.contains(" " + name + " ");
    }

    private static String gender(String text) {
        boolean male = false;
        boolean female = false;
        for (String w : text.split(" ")) {
            male |= MALE.contains(w);
            female |= FEMALE.contains(w);
        }
        female |= text.contains("女");
        male |= text.contains("男");
        return male == female ? null : male ? "male" : "female";
    }

    private static double min(String q) {
        Matcher r = RANGE.matcher(q);
        if (r.find()) {
            return Double.parseDouble(r.group(1));
        }
        Matcher o = OVER.matcher(q);
        if (o.find()) {
            return Double.parseDouble(o.group(1));
        }
        Matcher z = ZH_OVER.matcher(q);
        return z.find() ? Double.parseDouble(z.group(1)) : Double.NaN;
    }

    private static double max(String q) {
        Matcher r = RANGE.matcher(q);
        if (r.find()) {
            return Double.parseDouble(r.group(2));
        }
        Matcher u = UNDER.matcher(q);
        if (u.find()) {
            return Double.parseDouble(u.group(1));
        }
        Matcher z = ZH_UNDER.matcher(q);
        return z.find() ? Double.parseDouble(z.group(1)) : Double.NaN;
    }

    /** Lower case, every run of characters other than letters and digits turned into one space. */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean containsCjk(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** +1 when the product's value is among those asked for, -1 when others are asked for, 0 when none is. */
    static float match(Set<?> asked, Object value) {
        if (asked.isEmpty()) {
            return 0f;
        }
        return value != null && asked.contains(value) ? 1f : -1f;
    }
}
