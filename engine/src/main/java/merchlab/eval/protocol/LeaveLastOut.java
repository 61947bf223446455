package merchlab.eval.protocol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

/**
 * Leave-last-out with full ranking: each shopper's last interaction is the test target and the one before it the
 * validation target; training keeps the rest.
 *
 * <p>Validation ranks every product but the shopper's training products, given the training products as history. Test
 * is given the training products and the validation product as history and ranks every product outside that history.
 * A shopper with two interactions has no validation target; one with a single interaction only trains. A target the
 * shopper already had in the history is skipped: a repeat is not something to recommend. With
 * {@link HistoryRule#KEEP} the history is ranked too and a repeated target counts, as in published sequential results;
 * results are then stored as {@code leave-last-out-history-kept}.
 */
public final class LeaveLastOut implements EvaluationProtocol {
    public static final String NAME = "leave-last-out";

    private final HistoryRule history;

    /** The shop's convention: the history is not ranked. */
    public LeaveLastOut() {
        this(HistoryRule.EXCLUDE);
    }

    public LeaveLastOut(HistoryRule history) {
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
                Cases.add(validation, this.history, user, history, new LinkedHashSet<>(history), Set.of(valid));
                history.add(valid);
            }
            if (held >= 1) {
                String target = all.get(n - 1).productId();
                Cases.add(test, this.history, user, history, new LinkedHashSet<>(history), Set.of(target));
            }
        }
        return new ProtocolSplit(name(), InteractionLog.of(training), validation, test);
    }
}
