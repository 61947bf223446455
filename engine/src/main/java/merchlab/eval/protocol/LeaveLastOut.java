package merchlab.eval.protocol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Leave-last-out with full ranking: each shopper's last interaction is the test target and the one before it the
 * validation target; training keeps the rest.
 *
 * <p>Validation ranks every product but the shopper's training products, given the training products as history. Test
 * is given the training products and the validation product as history and ranks every product outside that history.
 * A shopper with two interactions has no validation target; one with a single interaction only trains. A target the
 * shopper already had in the history is skipped: a repeat is not something to recommend.
 */
public final class LeaveLastOut implements EvaluationProtocol {
    public static final String NAME = "leave-last-out";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProtocolSplit split(InteractionLog log) {
        List<Interaction> training = new ArrayList<>();
        List<RankingCase> validation = new ArrayList<>();
        List<RankingCase> test = new ArrayList<>();
        for (String user : log.shoppers()) {
            List<Interaction> all = log.interactions(user);
            int n = all.size();
            int held = n >= 3 ? 2 : n - 1;
            List<String> history = new ArrayList<>();
            for (int i = 0; i < n - held; i++) {
                training.add(all.get(i));
                history.add(all.get(i).productId());
            }
            if (held == 2) {
                String valid = all.get(n - 2).productId();
                Cases.addIfRelevant(validation, user, history, new LinkedHashSet<>(history), without(valid, history));
                history.add(valid);
            }
            if (held >= 1) {
                String target = all.get(n - 1).productId();
                Cases.addIfRelevant(test, user, history, new LinkedHashSet<>(history), without(target, history));
            }
        }
        return new ProtocolSplit(NAME, InteractionLog.of(training), validation, test);
    }

    private static Set<String> without(String target, List<String> history) {
        return history.contains(target) ? Set.of() : Set.of(target);
    }
}
