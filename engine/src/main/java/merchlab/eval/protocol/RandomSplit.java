package merchlab.eval.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

/**
 * Random 80/10/10 per shopper with full ranking, RecBole's protocol for the MovieLens anchor.
 *
 * <p>Each shopper's interactions are shuffled with the seed and cut by ratio as RecBole's {@code split_by_ratio} does
 * ({@code Dataset._calcu_split_ids}, Zhao et al., CIKM 2021): validation and test get {@code floor(0.1 n)} each, raised
 * to one while more than one training interaction remains, and training keeps the rest. Validation ranks every product
 * but the shopper's training products; test also leaves out the validation products. The history a recommender sees is
 * the shopper's training products in time order, for validation and test alike. With {@link HistoryRule#KEEP} nothing
 * is left out and every held-out product counts (results stored as {@code random-80-10-10-history-kept}).
 */
public final class RandomSplit implements EvaluationProtocol {
    public static final String NAME = "random-80-10-10";

    private final double[] ratios;
    /** The seed used unless another is given: RecBole's default seed. */
    public static final long DEFAULT_SEED = 2020;

    private final long seed;
    private final HistoryRule history;

    /** The standard 80/10/10 split. */
    public RandomSplit(long seed) {
        this(seed, HistoryRule.EXCLUDE);
    }

    /** The standard 80/10/10 split under a history rule. */
    public RandomSplit(long seed, HistoryRule history) {
        this(0.8, 0.1, 0.1, seed, history);
    }

    public RandomSplit(double train, double validation, double test, long seed) {
        this(train, validation, test, seed, HistoryRule.EXCLUDE);
    }

    public RandomSplit(double train, double validation, double test, long seed, HistoryRule history) {
        if (train <= 0 || validation < 0 || test <= 0 || Math.abs(train + validation + test - 1) > 1e-9) {
            throw new IllegalArgumentException("split ratios must be positive and add up to 1");
        }
        this.ratios = new double[] {train, validation, test};
        this.seed = seed;
        this.history = history;
    }

    @Override
    public String name() {
        return history == HistoryRule.KEEP ? NAME + "-history-kept" : NAME;
    }

    @Override
    public HistoryRule history() {
        return history;
    }

    /** Sizes of the training, validation and test parts for a shopper with {@code total} interactions. */
    int[] counts(int total) {
        int[] cnt = new int[3];
        for (int i = 0; i < 3; i++) {
            cnt[i] = (int) (ratios[i] * total);
        }
        cnt[0] = total - cnt[1] - cnt[2];
        for (int i = 1; i < 3; i++) {
            if (cnt[0] <= 1) {
                break;
            }
            double share = ratios[3 - i] * total;
            if (share > 0 && share < 1) {
                cnt[3 - i]++;
                cnt[0]--;
            }
        }
        return cnt;
    }

    @Override
    public ProtocolSplit split(InteractionLog log) {
        Random random = new Random(seed);
        List<Interaction> training = new ArrayList<>();
        List<RankingCase> validation = new ArrayList<>();
        List<RankingCase> test = new ArrayList<>();
        for (String user : log.shoppers()) {
            List<Interaction> all = log.interactions(user);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            int[] cnt = counts(all.size());
            Set<Integer> trainRows = new HashSet<>(order.subList(0, cnt[0]));
            List<String> history = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (trainRows.contains(i)) {
                    training.add(all.get(i));
                    history.add(all.get(i).productId());
                }
            }
            Set<String> seen = new LinkedHashSet<>(history);
            Set<String> valid = products(all, order.subList(cnt[0], cnt[0] + cnt[1]));
            Set<String> tested = products(all, order.subList(cnt[0] + cnt[1], all.size()));
            Cases.add(validation, this.history, user, history, seen, valid);
            Set<String> known = new LinkedHashSet<>(seen);
            known.addAll(valid);
            Cases.add(test, this.history, user, history, known, tested);
        }
        return new ProtocolSplit(name(), InteractionLog.of(training), validation, test);
    }

    private static Set<String> products(List<Interaction> all, List<Integer> rows) {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(all.get(r).productId()));
        return out;
    }
}
