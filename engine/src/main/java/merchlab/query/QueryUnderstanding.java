package merchlab.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import merchlab.text.Scripts;

/**
 * Reads a query into a {@link QueryIntent}: price phrases by {@link PriceParser}, brand, colour and size by the
 * catalog's vocabulary, and category paths by the {@link CategoryModel} over embeddings and category words.
 */
public final class QueryUnderstanding {
    /** Category guesses returned. */
    public static final int TOP_CATEGORIES = 3;

    private final CatalogVocabulary vocabulary;
    private final CategoryModel categories;
    private final Function<String, float[]> embedder;

    /**
     * @param categories the category model, or null when the workspace has no embeddings yet
     * @param embedder   embeds query text with the workspace's encoder, or null to use category words only
     */
    public QueryUnderstanding(CatalogVocabulary vocabulary, CategoryModel categories, Function<String, float[]> embedder) {
        this.vocabulary = vocabulary;
        this.categories = categories;
        this.embedder = embedder;
    }

    public QueryIntent understand(String query) {
        String q = query == null ? "" : query.strip();
        PriceRange price = PriceParser.parse(q).orElse(null);
        String text = PriceParser.strip(q);
        String brand = first(vocabulary.brands().findAll(text));
        String colour = first(vocabulary.colours().findAll(text));
        String size = size(text);
        Set<String> named = new HashSet<>();
        for (TermMatcher.Found<Set<String>> f : vocabulary.categoryWords().findAll(text)) {
            named.addAll(f.value());
        }
        List<CategoryGuess> guesses = List.of();
        if (categories != null && !text.isEmpty()) {
            float[] vector = embedder == null ? null : embedder.apply(text);
            guesses = categories.guess(vector, named, Scripts.containsCjk(text), TOP_CATEGORIES);
        }
        return new QueryIntent(q, text, guesses, brand, colour, size, price);
    }

    /** A size named in the query; one- and two-letter sizes (S, XL) count only after the word "size" or "码". */
    private String size(String text) {
        for (TermMatcher.Found<String> f : vocabulary.sizes().findAll(text)) {
            String s = f.value();
            boolean shortLetters = s.length() <= 3 && s.chars().allMatch(Character::isLetter);
            if (!shortLetters) {
                return s;
            }
            String before = text.substring(0, f.start()).toLowerCase(java.util.Locale.ROOT).strip();
            if (before.endsWith("size") || before.endsWith("码") || before.endsWith("尺码")) {
                return s;
            }
        }
        return null;
    }

    private static String first(List<TermMatcher.Found<String>> found) {
        return found.isEmpty() ? null : found.get(0).value();
    }
}
