package merchlab.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import merchlab.catalog.Product;
import merchlab.query.Lexicon;

/**
 * The words a catalog's product titles, brands and category paths use, learned from the catalog itself: how many
 * products use each word, which words name a kind of product (a level of a category path, or the last words of many
 * titles: "vase" in "Alchimia Bubble Vase"), and the catalog word closest to a misspelt one.
 *
 * <p>Words are compared without case and without an English plural ending ("dresses" = "dress"). Only words of
 * letters count (Chinese text is matched by character pairs in the full-text index instead).
 */
public final class CatalogTerms {
    /** A title's last this many words count as its head, the words that usually name the kind of product. */
    static final int HEAD_WORDS = 2;
    /** A word names a kind of product when it heads at least this many titles... */
    static final int MIN_HEADS = 3;
    /** ...and heads at least this share of the titles it occurs in. */
    static final double MIN_HEAD_SHARE = 0.5;
    /** Shortest word that is corrected: shorter ones are too often legitimately different. */
    static final int MIN_CORRECTED_LENGTH = 4;
    /** Words up to this long are only corrected to a kind of product or a brand word. */
    static final int SHORT_WORD = 5;

    private final Map<String, Integer> frequency;
    private final Map<String, String> surface;
    private final Set<String> productTypes;
    private final Set<String> brandWords;
    private final Map<Integer, List<String>> byLength;

    private CatalogTerms(Map<String, Integer> frequency, Map<String, String> surface, Set<String> productTypes,
                         Set<String> brandWords) {
        this.frequency = frequency;
        this.surface = surface;
        this.productTypes = productTypes;
        this.brandWords = brandWords;
        this.byLength = new HashMap<>();
        for (String w : surface.values()) {
            byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
    }

    /** Collects products one at a time. */
    public static final class Builder {
        private final Map<String, Integer> frequency = new HashMap<>();
        private final Map<String, Integer> titleFrequency = new HashMap<>();
        private final Map<String, Integer> heads = new HashMap<>();
        private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
        private final Set<String> categoryWords = new HashSet<>();
        private final Set<String> brandWords = new HashSet<>();

        public Builder add(Product p) {
            List<String> title = words(p.title());
            Set<String> seen = new HashSet<>();
            for (String w : title) {
                if (seen.add(key(w))) {
                    titleFrequency.merge(key(w), 1, Integer::sum);
                }
            }
            Set<String> head = new HashSet<>();
            for (int i = Math.max(0, title.size() - HEAD_WORDS); i < title.size(); i++) {
                head.add(key(title.get(i)));
            }
            head.forEach(h -> heads.merge(h, 1, Integer::sum));
            List<String> category = words(p.category());
            category.forEach(w -> categoryWords.add(key(w)));
            List<String> all = new ArrayList<>(title);
            all.addAll(category);
            List<String> brand = words(p.brand());
            brand.forEach(w -> brandWords.add(key(w)));
            all.addAll(brand);
            Set<String> counted = new HashSet<>();
            for (String w : all) {
                if (counted.add(key(w))) {
                    frequency.merge(key(w), 1, Integer::sum);
                }
                spellings.computeIfAbsent(key(w), k -> new HashMap<>()).merge(w, 1, Integer::sum);
            }
            return this;
        }

        public CatalogTerms build() {
            Set<String> types = new HashSet<>(categoryWords);
            heads.forEach((w, n) -> {
                if (n >= MIN_HEADS && n >= MIN_HEAD_SHARE * titleFrequency.getOrDefault(w, n)) {
                    types.add(w);
                }
            });
            Map<String, String> surface = new HashMap<>();
            spellings.forEach((k, forms) -> surface.put(k, mostUsed(forms)));
            return new CatalogTerms(Map.copyOf(frequency), Map.copyOf(surface), Set.copyOf(types), Set.copyOf(brandWords));
        }
    }

    /** The most used spelling; the alphabetically first among equals. */
    private static String mostUsed(Map<String, Integer> forms) {
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (best == null || e.getValue() > forms.get(best) || e.getValue().equals(forms.get(best))
                    && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Products whose title, brand or category path uses {@code word} (or its plural or singular). */
    public int frequency(String word) {
        return frequency.getOrDefault(key(word), 0);
    }

    /** The words that name kinds of product in this catalog, each in its most used spelling, sorted. */
    public List<String> productTypes() {
        return productTypes.stream().map(t -> surface.getOrDefault(t, t)).sorted().toList();
    }

    /** Whether {@code word} names a kind of product in this catalog. */
    public boolean isProductType(String word) {
        return productTypes.contains(key(word));
    }

    /**
     * Whether a query says what it wants in words the catalog uses for kinds of products or brands; false when every
     * word it shares with the catalog is a minor one ("warm", "office", "flowers" in "Flower Girl Candleholder").
     * Text with Chinese characters counts as naming (its words are not judged here).
     */
    public boolean namesProductOrBrand(String text) {
        if (merchlab.text.Scripts.containsCjk(text)) {
            return true;
        }
        return words(text).stream().anyMatch(w -> isProductType(w) || brandWords.contains(key(w)));
    }

    /**
     * The catalog word a misspelt {@code word} most likely means: among the words at the smallest Damerau-Levenshtein
     * distance (at most 1, or 2 for words of 6 letters or more), the one the most products use. A word of up to
     * {@link #SHORT_WORD} letters is only read as a kind of product or a brand word: among short words one letter
     * often makes another real word ("slim" and "slip"). Empty for a word the catalog uses, a word under
     * {@link #MIN_CORRECTED_LENGTH} letters, or one with nothing close.
     */
    public Optional<String> correction(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_CORRECTED_LENGTH || !w.chars().allMatch(Character::isLetter) || frequency(w) > 0) {
            return Optional.empty();
        }
        int max = w.length() >= 6 ? 2 : 1;
        String best = null;
        int bestDistance = max + 1;
        int bestFrequency = 0;
        for (int len = w.length() - max; len <= w.length() + max; len++) {
            for (String c : byLength.getOrDefault(len, List.of())) {
                if (w.length() <= SHORT_WORD && !isProductType(c) && !brandWords.contains(key(c))) {
                    continue;
                }
                int d = Spelling.distance(w, c, max);
                int f = frequency(c);
                if (d < bestDistance || d == bestDistance && (f > bestFrequency || f == bestFrequency && c.compareTo(best) < 0)) {
                    best = c;
                    bestDistance = d;
                    bestFrequency = f;
                }
            }
        }
        return bestDistance <= max ? Optional.of(best) : Optional.empty();
    }

    /** Lower-cased words of letters, at least two long, other than stop words. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (SearchText.Run run : SearchText.runs(text)) {
            if (!run.cjk() && run.text().length() >= 2 && run.text().chars().allMatch(Character::isLetter)
                    && !SearchText.isStopWord(run.text())) {
                out.add(run.text());
            }
        }
        return out;
    }

    /** A word without its English plural ending, so that "dresses", "dress", "shoes" and "shoe" pair up. */
    static String key(String word) {
        return Lexicon.singular(word.toLowerCase(Locale.ROOT));
    }
}
