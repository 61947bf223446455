package merchlab.eval.ads;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import merchlab.ads.AdRequest;
import merchlab.features.BehaviourLog;
import merchlab.model.ClickModel;
import merchlab.model.ClickModel.ShownList;
import merchlab.model.Context;
import merchlab.model.ScoringRequest;

/**
 * The ranker's predicted CTR of an ad: the click probability of the advertised product at the slot, for the shopper
 * as their history stood at the request's time, the query, and the hour and weekday of the request.
 */
final class RankerPctr implements PctrSource {
    static final String NAME = "ranker";

    private final ClickModel model;
    private final BehaviourLog behaviour;

    RankerPctr(ClickModel model, BehaviourLog behaviour) {
        this.model = model;
        this.behaviour = behaviour;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<double[]> predict(List<AdRequest> requests, List<List<String>> products, int[] slots) {
        List<ShownList> lists = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            int[] positions = new int[products.get(i).size()];
            Arrays.fill(positions, slots[i]);
            lists.add(new ShownList(request(requests.get(i)), products.get(i), positions));
        }
        return model.clickProbabilities(lists);
    }

    private ScoringRequest request(AdRequest r) {
        ZonedDateTime at = Instant.ofEpochMilli(r.timestamp()).atZone(ZoneOffset.UTC);
        Context context = new Context(null, at.getHour(), at.getDayOfWeek().getValue());
        if (r.shopperId() == null) {
            return new ScoringRequest(null, List.of(), r.query(), context);
        }
        return new ScoringRequest(r.shopperId(), behaviour.history(r.shopperId(), r.timestamp()), r.query(), context,
                behaviour.recommended(r.shopperId(), r.timestamp()));
    }
}
