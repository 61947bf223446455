package merchlab.sample.session;

import java.util.Arrays;
import merchlab.sample.Lang;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.IntList;
import merchlab.sample.catalog.Vocabulary;
import merchlab.sample.query.QueryIntent;
import merchlab.sample.query.QueryKind;
import merchlab.sample.query.Relevance;
import merchlab.sample.random.Rng;
import merchlab.sample.shopper.Shopper;

/**
 * The shop's own (imperfect) search and recommendation engine, which decides what shoppers are shown.
 *
 * <p>Search draws about 30 candidates (from the query's category, its brand and colour, sibling and complement
 * categories, and the rest of the catalog) and orders them by a noisy mix of relevance and popularity; misspelled and
 * paraphrased queries retrieve worse, as a lexical engine would. Recommendations draw from the shopper's preferred
 * categories and brands, or from items like the last one clicked.
 */
public final class Retriever {
    private static final int POOL = 30;
    private final Catalog catalog;
    private final Vocabulary vocabulary;
    private final Relevance relevance;
    private final int[] drawnIn;
    private int draws;

    public Retriever(Catalog catalog, Relevance relevance) {
        this.catalog = catalog;
        this.vocabulary = catalog.vocabulary();
        this.relevance = relevance;
        this.drawnIn = new int[catalog.size()];
    }

    /** How well the shop's lexical engine understands a kind of query. */
    static double understanding(QueryKind kind) {
        return switch (kind) {
            case EXACT -> 1.0;
            case PARAPHRASE -> 0.6;
            case MISSPELLED -> 0.45;
        };
    }

    public int[] search(QueryIntent q, int shown, Rng r) {
        double f = understanding(q.kind());
        Pool pool = new Pool(++draws);
        Lang lang = q.lang();
        if (q.leaf() >= 0) {
            pool.draw(catalog.inLeaf(lang, q.leaf()), (int) Math.round(16 * f), r);
            if (q.brand() >= 0) {
                pool.draw(catalog.inLeafOfBrand(lang, q.leaf(), q.brand()), (int) Math.round(5 * f), r);
            }
            if (q.colour() >= 0) {
                pool.draw(catalog.inLeafOfColour(lang, q.leaf(), q.colour()), (int) Math.round(5 * f), r);
            }
            for (int leaf = 0; leaf < vocabulary.leaves().size(); leaf++) {
                if (relevance.isSibling(q.leaf(), leaf)) {
                    pool.draw(catalog.inLeaf(lang, leaf), 2, r);
                } else if (relevance.isComplement(q.leaf(), leaf)) {
                    pool.draw(catalog.inLeaf(lang, leaf), 1, r);
                }
            }
        } else {
            int top = vocabulary.brand(q.brand()).top();
            int[] leaves = vocabulary.leavesOf(top);
            for (int i = 0; i < Math.round(16 * f); i++) {
                pool.draw(catalog.inLeafOfBrand(lang, r.pick(leaves), q.brand()), 1, r);
            }
        }
        fill(pool, lang, r);
        double[] score = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            int p = pool.get(i);
            score[i] = 2.2 * f * relevance.score(q, catalog, p) + 0.35 * catalog.popularity(p) + r.normal(0, 0.6);
        }
        return top(pool, score, shown);
    }

    public int[] recommend(Shopper s, int lastClicked, int shown, Rng r) {
        Pool pool = new Pool(++draws);
        Lang lang = s.lang();
        if (lastClicked >= 0 && r.chance(0.5)) {
            int leaf = catalog.leaf(lastClicked);
            pool.draw(catalog.inLeaf(lang, leaf), 10, r);
            pool.draw(catalog.inLeafOfBrand(lang, leaf, catalog.brand(lastClicked)), 3, r);
            for (int other = 0; other < vocabulary.leaves().size(); other++) {
                if (relevance.isSibling(leaf, other) || relevance.isComplement(leaf, other)) {
                    pool.draw(catalog.inLeaf(lang, other), 2, r);
                }
            }
        } else {
            for (int i = 0; i < 14; i++) {
                int top = r.weighted(s.topPreference());
                int[] favourites = Arrays.stream(s.favouriteLeaves())
                        .filter(l -> vocabulary.leaf(l).top() == top).toArray();
                int leaf = favourites.length > 0 && r.chance(0.5) ? r.pick(favourites)
                        : r.pick(vocabulary.leavesOf(top));
                pool.draw(catalog.inLeaf(lang, leaf), 1, r);
            }
            for (int brand : s.favouriteBrands()) {
                int top = vocabulary.brand(brand).top();
                pool.draw(catalog.inLeafOfBrand(lang, r.pick(vocabulary.leavesOf(top)), brand), 1, r);
            }
        }
        fill(pool, lang, r);
        double[] score = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            int p = pool.get(i);
            score[i] = 1.2 * s.categoryAffinity(vocabulary, catalog.leaf(p)) + 0.4 * catalog.popularity(p)
                    + (s.isFavouriteBrand(catalog.brand(p)) ? 0.5 : 0) + r.normal(0, 0.7);
        }
        return top(pool, score, shown);
    }

    private void fill(Pool pool, Lang lang, Rng r) {
        int[] all = catalog.inLanguage(lang);
        if (all.length == 0) {
            all = catalog.inLanguage(lang == Lang.EN ? Lang.ZH : Lang.EN);
        }
        for (int attempt = 0; attempt < 3 * POOL && pool.size() < POOL; attempt++) {
            pool.draw(all, 1, r);
        }
    }

    private static int[] top(Pool pool, double[] score, int shown) {
        Integer[] order = new Integer[pool.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int n = Math.min(shown, order.length);
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = pool.get(order[i]);
        }
        return result;
    }

    /** Distinct candidate products of one request (a product's mark in {@code drawnIn} says it is in). */
    private final class Pool {
        private final IntList items = new IntList();
        private final int mark;

        Pool(int mark) {
            this.mark = mark;
        }

        void draw(int[] from, int count, Rng r) {
            if (from.length == 0) {
                return;
            }
            for (int i = 0; i < count; i++) {
                int p = from[r.nextInt(from.length)];
                if (drawnIn[p] != mark) {
                    drawnIn[p] = mark;
                    items.add(p);
                }
            }
        }

        int size() {
            return items.size();
        }

        int get(int i) {
            return items.get(i);
        }
    }
}
