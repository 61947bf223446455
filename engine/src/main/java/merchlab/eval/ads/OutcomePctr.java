package merchlab.eval.ads;

import java.util.ArrayList;
import java.util.List;
import merchlab.ads.AdRequest;

/** A world's own click probabilities as a predicted CTR: with the generator's truth, the oracle. */
final class OutcomePctr implements PctrSource {
    private final String name;
    private final AdOutcomes outcomes;

    OutcomePctr(String name, AdOutcomes outcomes) {
        this.name = name;
        this.outcomes = outcomes;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<double[]> predict(List<AdRequest> requests, List<List<String>> products, int[] slots) {
        List<double[]> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            AdRequest r = requests.get(i);
            int slot = slots[i];
            out.add(products.get(i).stream().mapToDouble(p -> outcomes.clickProbability(r, p, slot)).toArray());
        }
        return out;
    }
}
