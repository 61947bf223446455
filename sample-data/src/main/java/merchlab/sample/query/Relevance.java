package merchlab.sample.query;

import merchlab.sample.Lang;
import merchlab.sample.catalog.Catalog;
import merchlab.sample.catalog.Gender;
import merchlab.sample.catalog.LeafCategory;
import merchlab.sample.catalog.ProductFacts;
import merchlab.sample.catalog.Vocabulary;

/**
 * The generator's true relevance of a product to a query intent: a score in [0, 1] that drives clicks, and the
 * ESCI grade written in judgments.csv.
 *
 * <p>Score: 1 for the right leaf category with every stated attribute (brand, colour, gender, price range) met;
 * 0.55 for the right leaf with one attribute missed, 0.35 with more; 0.3 for a sibling leaf (same middle category);
 * 0.12 for a complement (a phone case for a smartphone query); 0 otherwise, and 0 for a product in another language.
 * A brand-only query scores 1 for that brand's products meeting its other attributes, 0.55 when they miss one.
 * Grades: score 1 = Exact, 0.25-0.55 = Substitute, 0.12 = Complement, else Irrelevant.
 */
public final class Relevance {
    public static final double EXACT = 1.0;
    public static final double ONE_MISS = 0.55;
    public static final double MANY_MISSES = 0.35;
    public static final double SIBLING = 0.3;
    public static final double COMPLEMENT = 0.12;
    private static final byte OTHER = 0;
    private static final byte SIBLING_LEAF = 1;
    private static final byte COMPLEMENT_LEAF = 2;
    private final byte[][] relation;

    public Relevance(Vocabulary vocabulary) {
        int n = vocabulary.leaves().size();
        relation = new byte[n][n];
        for (LeafCategory wanted : vocabulary.leaves()) {
            for (LeafCategory other : vocabulary.leaves()) {
                relation[wanted.index()][other.index()] = wanted.isSiblingOf(other) ? SIBLING_LEAF
                        : wanted.hasComplement(other.index()) ? COMPLEMENT_LEAF : OTHER;
            }
        }
    }

    public double score(QueryIntent intent, ProductFacts p) {
        return score(intent, p.lang(), p.leaf(), p.brand(), p.colour(), p.gender(), p.price());
    }

    /** The same score for a catalog product, without building its facts. */
    public double score(QueryIntent intent, Catalog c, int i) {
        return score(intent, c.lang(i), c.leaf(i), c.brand(i), c.colour(i), c.gender(i), c.price(i));
    }

    private double score(QueryIntent q, Lang lang, int leaf, int brand, int colour, Gender gender, double price) {
        if (lang != q.lang()) {
            return 0;
        }
        if (q.leaf() < 0) {
            if (brand != q.brand() || q.brand() < 0) {
                return 0;
            }
            return misses(q, -1, colour, gender, price) == 0 ? EXACT : ONE_MISS;
        }
        if (leaf == q.leaf()) {
            int misses = misses(q, brand, colour, gender, price);
            return misses == 0 ? EXACT : misses == 1 ? ONE_MISS : MANY_MISSES;
        }
        if (leaf < 0) {
            return 0;
        }
        return switch (relation[q.leaf()][leaf]) {
            case SIBLING_LEAF -> SIBLING;
            case COMPLEMENT_LEAF -> COMPLEMENT;
            default -> 0;
        };
    }

    /** Whether a leaf is a sibling (Substitute) of the wanted one. */
    public boolean isSibling(int wanted, int leaf) {
        return relation[wanted][leaf] == SIBLING_LEAF;
    }

    /** Whether a leaf's products complement the wanted one's. */
    public boolean isComplement(int wanted, int leaf) {
        return relation[wanted][leaf] == COMPLEMENT_LEAF;
    }

    public Grade grade(QueryIntent intent, ProductFacts p) {
        return gradeOf(score(intent, p));
    }

    public static Grade gradeOf(double score) {
        if (score >= EXACT) {
            return Grade.EXACT;
        }
        if (score >= 0.25) {
            return Grade.SUBSTITUTE;
        }
        if (score >= 0.1) {
            return Grade.COMPLEMENT;
        }
        return Grade.IRRELEVANT;
    }

    private static int misses(QueryIntent q, int brand, int colour, Gender gender, double price) {
        int misses = 0;
        if (q.brand() >= 0 && brand >= 0 && brand != q.brand()) {
            misses++;
        }
        if (q.colour() >= 0 && colour != q.colour()) {
            misses++;
        }
        if (!gender.serves(q.gender())) {
            misses++;
        }
        if ((q.priceMin() != null && price < q.priceMin()) || (q.priceMax() != null && price > q.priceMax())) {
            misses++;
        }
        return misses;
    }
}
