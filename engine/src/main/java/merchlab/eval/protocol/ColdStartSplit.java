package merchlab.eval.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

/**
 * Cold start: a seeded share of the products is held out of training entirely, and shoppers are asked to find the
 * held-out products they engaged with.
 *
 * <p>Training keeps every interaction with the other (warm) products except each shopper's last warm one, which is the
 * validation target (leave-last-out). A test case gives a shopper's warm products as history and counts the shopper's
 * held-out products as relevant; rank them among the held-out products with
 * {@code new FullRankingEvaluation(coldProducts(log))}, or among every product with the whole catalog. Shoppers with no
 * warm product or no held-out one are not tested.
 */
public final class ColdStartSplit implements EvaluationProtocol {
    public static final String NAME = "cold-start";

    private final double productShare;
    private final long seed;

    /** @param productShare share of the log's products held out, for example 0.15 */
    public ColdStartSplit(double productShare, long seed) {
        if (!(productShare > 0 && productShare < 1)) {
            throw new IllegalArgumentException("the held-out share of products must lie between 0 and 1");
        }
        this.productShare = productShare;
        this.seed = seed;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The held-out products: a seeded sample of the log's products, in id order. */
    public List<String> coldProducts(InteractionLog log) {
        List<String> products = new ArrayList<>(log.productIds());
        Collections.shuffle(products, new Random(seed));
        List<String> cold = new ArrayList<>(products.subList(0, (int) Math.round(productShare * products.size())));
        Collections.sort(cold);
        return cold;
    }

    @Override
    public ProtocolSplit split(InteractionLog log) {
        Set<String> cold = new LinkedHashSet<>(coldProducts(log));
        List<Interaction> training = new ArrayList<>();
        List<RankingCase> validation = new ArrayList<>();
        List<RankingCase> test = new ArrayList<>();
        for (String user : log.shoppers()) {
            List<Interaction> warm = new ArrayList<>();
            Set<String> held = new LinkedHashSet<>();
            for (Interaction i : log.interactions(user)) {
                if (cold.contains(i.productId())) {
                    held.add(i.productId());
                } else {
                    warm.add(i);
                }
            }
            List<String> history = new ArrayList<>();
            int keep = warm.size() >= 2 ? warm.size() - 1 : warm.size();
            for (int i = 0; i < keep; i++) {
                training.add(warm.get(i));
                history.add(warm.get(i).productId());
            }
            if (keep < warm.size()) {
                String target = warm.get(keep).productId();
                Cases.addIfRelevant(validation, user, history, new LinkedHashSet<>(history),
                        history.contains(target) ? Set.of() : Set.of(target));
                history.add(target);
            }
            if (!history.isEmpty()) {
                Cases.addIfRelevant(test, user, history, new LinkedHashSet<>(history), held);
            }
        }
        return new ProtocolSplit(NAME, InteractionLog.of(training), validation, test);
    }
}
