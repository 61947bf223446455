package merchlab.ads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which requests a campaign's ads may appear in: searches whose query holds one of its keywords, and search or
 * recommendation lists that show a product of one of its categories.
 *
 * <p>A keyword matches when every one of its words is a word of the query (any order, ignoring case); a word with
 * Chinese characters matches anywhere in the query, which has no spaces between words. A category path matches a
 * list category that is the same path or lies below it ({@code Shoes} covers {@code Shoes > Running}). A
 * campaign with neither keywords nor categories targets every request (automatic targeting). The generator's
 * logging policy and the offline replay both decide eligibility here.
 *
 * @param keywords   keywords as written, for searches only
 * @param categories category paths, levels joined by {@code " > "}
 */
public record Targeting(List<String> keywords, List<String> categories) {
    public Targeting {
        keywords = clean(keywords);
        categories = clean(categories);
    }

    /** Every request (automatic targeting). */
    public static Targeting everywhere() {
        return new Targeting(List.of(), List.of());
    }

    /** Whether ads of this targeting may be shown in a request. */
    public boolean eligible(AdRequest request) {
        if (keywords.isEmpty() && categories.isEmpty()) {
            return true;
        }
        if (request.isSearch() && matchesKeyword(request.query())) {
            return true;
        }
        for (String category : request.organicCategories()) {
            if (matchesCategory(category)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the keywords matches a query. */
    public boolean matchesKeyword(String query) {
        if (query == null || keywords.isEmpty()) {
            return false;
        }
        String text = query.toLowerCase(Locale.ROOT);
        List<String> words = words(text);
        for (String keyword : keywords) {
            if (matches(keyword.toLowerCase(Locale.ROOT), text, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the category paths is a category path or one of its ancestors. */
    public boolean matchesCategory(String categoryPath) {
        if (categoryPath == null) {
            return false;
        }
        String path = categoryPath.strip().toLowerCase(Locale.ROOT);
        for (String target : categories) {
            String t = target.toLowerCase(Locale.ROOT);
            if (path.equals(t) || path.startsWith(t + " > ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String keyword, String text, List<String> queryWords) {
        for (String word : words(keyword)) {
            boolean found = hasHan(word) ? text.contains(word) : queryWords.contains(word);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[\\s\\p{Punct}&&[^-']]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static boolean hasHan(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !kept.contains(v.strip())) {
                kept.add(v.strip());
            }
        }
        return List.copyOf(kept);
    }
}
