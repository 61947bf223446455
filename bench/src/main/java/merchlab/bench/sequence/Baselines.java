package merchlab.bench.sequence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.behaviour.InteractionLog;
import merchlab.behaviour.RankingCase;
import merchlab.features.ShopData;
import merchlab.features.SplitBehaviour;
import merchlab.model.DataWindow;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.model.ranking.FullRankingEvaluation;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;

/**
 * Every installed baseline kind (and each of its variants) trained on a protocol's training interactions, handed to
 * it as a {@link SplitBehaviour}, and evaluated on the protocol's test cases.
 */
final class Baselines {
    private final Workspace source;

    Baselines(Workspace source) {
        this.source = source;
    }

    /** Puts one entry per baseline into {@code results}: each evaluation's metrics under its name. */
    void evaluate(InteractionLog training, List<FullRankingEvaluation> evaluations, List<String> names,
                  List<RankingCase> cases, Map<String, Object> results) {
        try (ShopData shop = new ShopData(source, null);
             ShopData data = shop.withBehaviour(new SplitBehaviour(source, shop::catalog, training))) {
            for (ModelKind kind : ModelKinds.installed().baselines()) {
                for (Map<String, String> variant : kind.baselineVariants()) {
                    String name = kind.baseName(variant);
                    System.err.println("training baseline " + name);
                    SavedModel m = kind.train(new TrainingJob(data, name, null, TrainingSettings.defaults(),
                            DataWindow.all(), variant, null, false), TrainingListener.NONE, CancelToken.none());
                    Map<String, Object> entry = new LinkedHashMap<>();
                    try (Recommender r = kind.open(m, data)) {
                        for (int i = 0; i < names.size(); i++) {
                            entry.put(names.get(i), evaluations.get(i).evaluate(r, cases));
                        }
                    }
                    results.put(name, entry);
                }
            }
        }
    }
}
