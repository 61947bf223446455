package merchlab.model.sequence;

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
 * Holds products out of a training log to validate each epoch when no protocol supplies validation cases: for the
 * next-product objective each shopper's last product, for the masked objective a seeded tenth of each shopper's
 * products (at least one); only shoppers with three or more products give any.
 */
final class ValidationHoldout {
    /** The interactions left to train on and the validation cases. */
    record Split(InteractionLog training, List<RankingCase> validation) {
    }

    private ValidationHoldout() {
    }

    static Split of(InteractionLog log, SequenceSettings settings, long seed) {
        Random random = new Random(seed);
        List<Interaction> training = new ArrayList<>();
        List<RankingCase> validation = new ArrayList<>();
        for (String user : log.shoppers()) {
            List<Interaction> all = log.interactions(user);
            Set<Integer> held = new HashSet<>();
            if (all.size() >= 3) {
                if (settings.bidirectional()) {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, random);
                    held.addAll(order.subList(0, Math.max(1, all.size() / 10)));
                } else {
                    held.add(all.size() - 1);
                }
            }
            List<String> history = new ArrayList<>();
            Set<String> targets = new LinkedHashSet<>();
            for (int i = 0; i < all.size(); i++) {
                if (held.contains(i)) {
                    targets.add(all.get(i).productId());
                } else {
                    training.add(all.get(i));
                    history.add(all.get(i).productId());
                }
            }
            targets.removeAll(history);
            if (!targets.isEmpty()) {
                validation.add(new RankingCase(user, history, new LinkedHashSet<>(history), targets));
            }
        }
        return new Split(InteractionLog.of(training), validation);
    }
}
