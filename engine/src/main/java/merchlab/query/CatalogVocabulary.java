package merchlab.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import merchlab.catalog.Product;
import merchlab.store.ProductStore;
import merchlab.workspace.Workspace;

/**
 * The words a catalog itself uses for brands, colours, sizes and categories, so that a query is read in the shop's
 * own terms. Built from the products; the most frequent spelling of a term wins.
 */
public final class CatalogVocabulary {
    private final TermMatcher<String> brands;
    private final TermMatcher<String> colours;
    private final TermMatcher<String> sizes;
    private final TermMatcher<Set<String>> categoryWords;
    private final Map<String, Integer> categoryCounts;

    private CatalogVocabulary(TermMatcher<String> brands, TermMatcher<String> colours, TermMatcher<String> sizes,
                              TermMatcher<Set<String>> categoryWords, Map<String, Integer> categoryCounts) {
        this.brands = brands;
        this.colours = colours;
        this.sizes = sizes;
        this.categoryWords = categoryWords;
        this.categoryCounts = categoryCounts;
    }

    /** Collects products one at a time. */
    public static final class Builder {
        private final Map<String, Integer> brandCounts = new HashMap<>();
        private final Map<String, Integer> colourCounts = new HashMap<>();
        private final Map<String, Integer> sizeCounts = new HashMap<>();
        private final Map<String, Integer> categoryCounts = new HashMap<>();

        public Builder add(Product p) {
            count(brandCounts, p.brand());
            if (p.color() != null) {
                count(colourCounts, p.color());
                for (String part : p.color().split("[/,&+]|\\band\\b|和")) {
                    count(colourCounts, part);
                }
            }
            count(sizeCounts, p.size());
            count(categoryCounts, p.category());
            return this;
        }

        public CatalogVocabulary build() {
            Map<String, Set<String>> pathsByWord = new HashMap<>();
            for (String path : categoryCounts.keySet()) {
                for (String level : path.split(">")) {
                    String l = level.strip();
                    if (!l.isEmpty()) {
                        pathsByWord.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(path);
                        for (String part : l.split("[&,/]|\\band\\b|和")) {
                            if (!part.isBlank() && !part.strip().equals(l)) {
                                pathsByWord.computeIfAbsent(part.strip(), k -> new LinkedHashSet<>()).add(path);
                            }
                        }
                    }
                }
            }
            TermMatcher<Set<String>> words = new TermMatcher<>();
            pathsByWord.forEach((w, paths) -> words.add(w, Set.copyOf(paths)));
            return new CatalogVocabulary(matcher(brandCounts), matcher(colourCounts), matcher(sizeCounts), words,
                    Map.copyOf(categoryCounts));
        }

        private static void count(Map<String, Integer> counts, String value) {
            if (value != null && !value.isBlank()) {
                counts.merge(value.strip(), 1, Integer::sum);
            }
        }

        private static TermMatcher<String> matcher(Map<String, Integer> counts) {
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
            entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            TermMatcher<String> m = new TermMatcher<>();
            for (Map.Entry<String, Integer> e : entries) {
                m.add(e.getKey(), e.getKey());
            }
            return m;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The vocabulary of a workspace's catalog. */
    public static CatalogVocabulary load(Workspace workspace) {
        Builder b = builder();
        new ProductStore(workspace).forEach(b::add);
        return b.build();
    }

    public TermMatcher<String> brands() {
        return brands;
    }

    public TermMatcher<String> colours() {
        return colours;
    }

    public TermMatcher<String> sizes() {
        return sizes;
    }

    /** Category level names (and their parts), each with the full paths it occurs in. */
    public TermMatcher<Set<String>> categoryWords() {
        return categoryWords;
    }

    /** Products per category path. */
    public Map<String, Integer> categoryCounts() {
        return categoryCounts;
    }
}
