package merchlab.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws products a logged search did not show, to add to its list as unclicked training examples. A shop's own search
 * shows only products that match the query, so from its impressions alone a ranker never learns what a poor match
 * looks like and lets a shopper's tastes outvote the query. Half the draws are partial matches (the best word matches
 * among {@link #POOL} random products: the same colour or brand but another kind of product), half are uniform over the
 * catalog. Each gets a position drawn from the list's own, so the position tower learns nothing from them.
 */
final class UnshownProducts {
    /** Random products examined per search for partial word matches. */
    static final int POOL = 64;

    private final ShopCatalog catalog;
    private final LexicalMatcher lexical;
    private final int perSearch;
    private final Random random;

    UnshownProducts(ShopCatalog catalog, LexicalMatcher lexical, int perSearch, long seed) {
        this.catalog = catalog;
        this.lexical = lexical;
        this.perSearch = perSearch;
        this.random = new Random(seed ^ 0x5eed_0f_5ea7c4L);
    }

    /** Up to {@code perSearch} distinct products not in {@code shown}: partial matches of {@code query} first. */
    List<Integer> draw(LexicalMatcher.Query query, int[] shown) {
        List<Integer> out = new ArrayList<>(perSearch);
        int n = catalog.size();
        if (perSearch == 0 || n <= shown.length) {
            return out;
        }
        int partial = perSearch / 2;
        int[] pool = new int[POOL];
        float[] score = new float[POOL];
        for (int k = 0; k < POOL; k++) {
            pool[k] = random.nextInt(n);
            score[k] = lexical.score(query, pool[k]);
        }
        while (out.size() < partial) {
            int best = -1;
            for (int k = 0; k < POOL; k++) {
                if (score[k] > 0 && (best < 0 || score[k] > score[best]) && usable(pool[k], shown, out)) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(pool[best]);
        }
        for (int tries = 0; out.size() < perSearch && tries < 4 * perSearch; tries++) {
            int p = random.nextInt(n);
            if (usable(p, shown, out)) {
                out.add(p);
            }
        }
        return out;
    }

    /** A position drawn from the list's own positions. */
    int position(int[] positions) {
        return positions[random.nextInt(positions.length)];
    }

    private static boolean usable(int p, int[] shown, List<Integer> drawn) {
        for (int s : shown) {
            if (s == p) {
                return false;
            }
        }
        return !drawn.contains(p);
    }
}
