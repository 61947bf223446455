package merchlab.explain;

import java.util.function.DoubleConsumer;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.eval.temporal.TemporalSplit;
import merchlab.features.ShopData;
import merchlab.model.ranker.RankerKind;
import merchlab.model.ranker.RankerModel;
import merchlab.store.SavedModel;

/**
 * Permutation importance of a saved ranker on the result lists logged after the temporal split's cut-off (the
 * model's held-out period when it was trained with the defaults): what {@code explain --importance} and the desktop's
 * Explain section show.
 */
public final class HeldOutImportance {
    private final ShopData data;

    public HeldOutImportance(ShopData data) {
        this.data = data;
    }

    /**
     * The importance report with what it was measured on.
     *
     * @param cutoff              start of the held-out period, epoch milliseconds
     * @param trainedOnTestPeriod whether the model saw logs of the held-out period (its figures are then optimistic)
     * @param lists               result lists used
     * @param seconds             time taken
     */
    public record Result(String model, long cutoff, boolean trainedOnTestPeriod, int lists,
                         PermutationImportance.Report report, double seconds) {
    }

    /**
     * Measures importance on up to {@code lists} held-out result lists, {@code repeats} shuffles per feature.
     *
     * @throws MerchLabException when the model is not a ranker or the logs hold no result lists after the cut-off
     */
    public Result run(SavedModel saved, int lists, int repeats, long seed, CancelToken cancel,
                      DoubleConsumer progress) {
        if (!saved.kind().equals("ranker")) {
            throw new MerchLabException("importance is measured for a ranker; " + saved.name() + " is a "
                    + saved.kind() + " model");
        }
        if (lists < 1) {
            throw new MerchLabException("importance needs at least one result list");
        }
        long started = System.nanoTime();
        TemporalSplit split = TemporalSplit.of(data);
        LoggedImpressions impressions = LoggedImpressions.from(data.behaviour().events(Long.MIN_VALUE, Long.MAX_VALUE),
                data.catalog(), split.cutoff(), lists);
        if (impressions.lists().isEmpty()) {
            throw new MerchLabException("the logs have no result lists with impressions after the temporal cut-off");
        }
        try (RankerModel model = RankerKind.open(saved, data, "cpu")) {
            PermutationImportance.Report report = new PermutationImportance(new RankerFunction(model), model.schema(),
                    repeats, seed).run(impressions.rows(model), impressions.clicked(), cancel, progress);
            return new Result(saved.name(), split.cutoff(), saved.dataTo() >= split.cutoff(),
                    impressions.lists().size(), report, (System.nanoTime() - started) / 1e9);
        }
    }
}
