package merchlab.eval.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import merchlab.MerchLabException;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;

/**
 * Temporal split, the default for logs: train on what happened before a cut-off, test on what happened after it.
 *
 * <p>Events before {@link #validationFrom()} are training data, events from {@link #validationFrom()} up to
 * {@link #testFrom()} validate, and events from {@link #testFrom()} on test. {@link #partOf(long)} places any event (an
 * impression as well as an engagement), so click-prediction evaluation cuts its impressions at the same times. For ranking,
 * validation gives each shopper's training products as history; test gives the training and validation-window products
 * as history; products already in the history are neither ranked nor counted as targets. Shoppers first seen after the
 * cut-off are ranked from an empty history.
 */
public final class TemporalSplit implements EvaluationProtocol {
    public static final String NAME = "temporal";

    /** Where an event falls. */
    public enum Part { TRAINING, VALIDATION, TEST }

    private final long validationFrom;
    private final long testFrom;

    /**
     * @param validationFrom first epoch ms of the validation window; equal to {@code testFrom} for no validation
     * @param testFrom       first epoch ms of the test window
     */
    public TemporalSplit(long validationFrom, long testFrom) {
        if (validationFrom > testFrom) {
            throw new IllegalArgumentException("the validation window must start before the test window");
        }
        this.validationFrom = validationFrom;
        this.testFrom = testFrom;
    }

    /**
     * Cut-offs at quantiles of the event times, for example 0.8 and 0.9: the earliest 80% of events train, the next 10%
     * validate, the last 10% test (events sharing a timestamp stay on one side).
     */
    public static TemporalSplit atQuantiles(long[] timestamps, double validationQuantile, double testQuantile) {
        if (timestamps.length == 0) {
            throw new MerchLabException("no events to split by time");
        }
        if (!(0 < validationQuantile && validationQuantile <= testQuantile && testQuantile < 1)) {
            throw new IllegalArgumentException("quantiles must satisfy 0 < validation <= test < 1");
        }
        long[] sorted = timestamps.clone();
        Arrays.sort(sorted);
        return new TemporalSplit(sorted[(int) (validationQuantile * sorted.length)],
                sorted[(int) (testQuantile * sorted.length)]);
    }

    /** Cut-offs at quantiles of a log's interaction times. */
    public static TemporalSplit atQuantiles(InteractionLog log, double validationQuantile, double testQuantile) {
        return atQuantiles(log.stream().mapToLong(Interaction::timestamp).toArray(), validationQuantile, testQuantile);
    }

    public long validationFrom() {
        return validationFrom;
    }

    public long testFrom() {
        return testFrom;
    }

    /** The part an event at {@code timestamp} belongs to. */
    public Part partOf(long timestamp) {
        return timestamp < validationFrom ? Part.TRAINING : timestamp < testFrom ? Part.VALIDATION : Part.TEST;
    }

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
            List<String> history = new ArrayList<>();
            Set<String> valid = new LinkedHashSet<>();
            Set<String> tested = new LinkedHashSet<>();
            for (Interaction i : log.interactions(user)) {
                switch (partOf(i.timestamp())) {
                    case TRAINING -> {
                        training.add(i);
                        history.add(i.productId());
                    }
                    case VALIDATION -> valid.add(i.productId());
                    case TEST -> tested.add(i.productId());
                }
            }
            Set<String> seen = new LinkedHashSet<>(history);
            valid.removeAll(seen);
            Cases.addIfRelevant(validation, user, history, seen, valid);
            List<String> testHistory = new ArrayList<>(history);
            log.interactions(user).stream().filter(i -> partOf(i.timestamp()) == Part.VALIDATION)
                    .forEach(i -> testHistory.add(i.productId()));
            Set<String> excluded = new LinkedHashSet<>(testHistory);
            tested.removeAll(excluded);
            Cases.addIfRelevant(test, user, testHistory, excluded, tested);
        }
        return new ProtocolSplit(NAME, InteractionLog.of(training), validation, test);
    }
}
