package merchlab.eval.protocol;

import java.util.List;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

/**
 * What a protocol makes of an interaction log: the interactions a model may learn from, and the ranking cases used
 * for validation (early stopping, tuning) and for the reported test figures.
 *
 * @param protocol the protocol's name, stored with every result, for example {@code random-80-10-10}
 */
public record ProtocolSplit(String protocol, InteractionLog training, List<RankingCase> validation,
                            List<RankingCase> test) {
    public ProtocolSplit {
        validation = List.copyOf(validation);
        test = List.copyOf(test);
    }
}
