package merchlab.sample.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.Vocabulary;

/**
 * The distinct queries of a generated shop: the first intent registered under a query text is its truth, and each
 * new query is graded against the catalog once.
 *
 * <p>Judgments per query: every Exact product up to {@value #MAX_EXACT}, Substitutes (same category with a missed
 * attribute, then sibling categories) up to {@value #MAX_SUBSTITUTE}, Complements up to {@value #MAX_COMPLEMENT}, in
 * catalog order. Unlisted products are irrelevant (or beyond the caps: {@link Relevance} grades any product).
 */
public final class QueryBook {
    public static final int MAX_EXACT = 100;
    public static final int MAX_SUBSTITUTE = 60;
    public static final int MAX_COMPLEMENT = 20;
    private static final int SCAN_AFTER_FULL = 400;

    /** Told about each new distinct query and its judgments. */
    @FunctionalInterface
    public interface Listener {
        void newQuery(QueryIntent intent, List<Judgment> judgments);
    }

    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final Relevance relevance;
    private final Listener listener;
    private final Map<String, QueryIntent> queries = new HashMap<>();
    private long judgments;

    public QueryBook(Catalog catalog, Relevance relevance, Listener listener) {
        this.catalog = catalog;
        this.vocabulary = catalog.vocabulary();
        this.relevance = relevance;
        this.listener = listener;
    }

    /** The true intent of this query text: the given one if the text is new, else the one registered first. */
    public QueryIntent register(QueryIntent intent) {
        QueryIntent known = queries.get(intent.text());
        if (known != null) {
            return known;
        }
        queries.put(intent.text(), intent);
        List<Judgment> graded = judge(intent);
        judgments += graded.size();
        listener.newQuery(intent, graded);
        return intent;
    }

    public int size() {
        return queries.size();
    }

    public long judgments() {
        return judgments;
    }

    List<Judgment> judge(QueryIntent q) {
        List<Judgment> exact = new ArrayList<>();
        List<Judgment> substitutes = new ArrayList<>();
        List<Judgment> complements = new ArrayList<>();
        if (q.leaf() < 0) {
            int top = vocabulary.brand(q.brand()).top();
            collect(q, catalog.inTop(q.lang(), top), true, exact, substitutes, complements);
        } else {
            boolean narrowed = q.brand() >= 0 || q.colour() >= 0;
            if (narrowed) {
                int[] candidates = q.brand() >= 0 ? catalog.inLeafOfBrand(q.lang(), q.leaf(), q.brand())
                        : catalog.inLeafOfColour(q.lang(), q.leaf(), q.colour());
                collect(q, candidates, true, exact, new ArrayList<>(), new ArrayList<>());
            }
            collect(q, catalog.inLeaf(q.lang(), q.leaf()), !narrowed, exact, substitutes, complements);
            for (int leaf = 0; leaf < vocabulary.leaves().size(); leaf++) {
                if (relevance.isSibling(q.leaf(), leaf)) {
                    take(q, catalog.inLeaf(q.lang(), leaf), substitutes, MAX_SUBSTITUTE, Grade.SUBSTITUTE);
                } else if (relevance.isComplement(q.leaf(), leaf)) {
                    take(q, catalog.inLeaf(q.lang(), leaf), complements, MAX_COMPLEMENT, Grade.COMPLEMENT);
                }
            }
        }
        List<Judgment> all = new ArrayList<>(exact);
        all.addAll(substitutes);
        all.addAll(complements);
        return all;
    }

    /** Products of a whole leaf share one grade (sibling or complement categories). */
    private static void take(QueryIntent q, int[] products, List<Judgment> into, int cap, Grade grade) {
        for (int i = 0; i < products.length && into.size() < cap; i++) {
            into.add(new Judgment(q.text(), products[i], grade));
        }
    }

    /**
     * Grades products in order until the Exact list is full and either the Substitutes are or enough were seen.
     *
     * @param findExact false when the Exact products were already found in a narrower list
     */
    private void collect(QueryIntent q, int[] products, boolean findExact, List<Judgment> exact,
                         List<Judgment> substitutes, List<Judgment> complements) {
        int seen = 0;
        for (int p : products) {
            boolean exactDone = !findExact || exact.size() >= MAX_EXACT;
            if (exactDone && (substitutes.size() >= MAX_SUBSTITUTE || seen >= SCAN_AFTER_FULL)) {
                return;
            }
            seen++;
            Grade grade = Relevance.gradeOf(relevance.score(q, catalog, p));
            List<Judgment> target = switch (grade) {
                case EXACT -> findExact && exact.size() < MAX_EXACT ? exact : null;
                case SUBSTITUTE -> substitutes.size() < MAX_SUBSTITUTE ? substitutes : null;
                case COMPLEMENT -> complements.size() < MAX_COMPLEMENT ? complements : null;
                case IRRELEVANT -> null;
            };
            if (target != null) {
                target.add(new Judgment(q.text(), p, grade));
            }
        }
    }
}
