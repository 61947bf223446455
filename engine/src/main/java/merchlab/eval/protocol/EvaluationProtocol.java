package merchlab.eval.protocol;

import merchlab.behaviour.InteractionLog;

/** A named way of splitting an interaction log into training data and validation and test ranking cases. */
public interface EvaluationProtocol {
    /** The name stored with results: {@code leave-last-out}, {@code random-80-10-10} or {@code cold-start}. */
    String name();

    /** Whether the shopper's history is ranked; only {@code leave-last-out} and {@code random-80-10-10} keep it. */
    default HistoryRule history() {
        return HistoryRule.EXCLUDE;
    }

    /** Splits the log; the same log and settings always give the same split. */
    ProtocolSplit split(InteractionLog log);
}
