package merchlab.eval.protocol;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import merchlab.behaviour.RankingCase;

/** Helpers the protocols share to build ranking cases. */
final class Cases {
    private Cases() {
    }

    /** Adds a case when it has something to find; a shopper with no held-out target is not evaluated. */
    static void addIfRelevant(List<RankingCase> cases, String user, List<String> history, Set<String> excluded,
                              Set<String> relevant) {
        if (!relevant.isEmpty()) {
            cases.add(new RankingCase(user, history, excluded, relevant));
        }
    }

    /**
     * Adds a case under {@code rule}: with {@link HistoryRule#EXCLUDE} the {@code known} products are not ranked and
     * do not count as targets; with {@link HistoryRule#KEEP} every product is ranked and every target counts.
     */
    static void add(List<RankingCase> cases, HistoryRule rule, String user, List<String> history, Set<String> known,
                    Set<String> targets) {
        if (rule == HistoryRule.KEEP) {
            addIfRelevant(cases, user, history, Set.of(), targets);
            return;
        }
        Set<String> relevant = new LinkedHashSet<>(targets);
        relevant.removeAll(known);
        addIfRelevant(cases, user, history, known, relevant);
    }
}
