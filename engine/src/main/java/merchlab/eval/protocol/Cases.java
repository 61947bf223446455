package merchlab.eval.protocol;

import java.util.List;
import java.util.Set;

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
}
