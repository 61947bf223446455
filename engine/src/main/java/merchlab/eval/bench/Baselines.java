package merchlab.eval.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.eval.protocol.FullRankingEvaluation;
import merchlab.eval.protocol.InteractionLog;
import merchlab.eval.protocol.RankingCase;
import merchlab.eval.protocol.TrainingWorkspace;
import merchlab.features.ShopData;
import merchlab.model.DataWindow;
import merchlab.model.ModelKind;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.model.SavedModel;
import merchlab.model.TrainingJob;
import merchlab.model.TrainingListener;
import merchlab.model.TrainingSettings;
import merchlab.workspace.Workspace;

/**
 * Every installed baseline kind (and each of its variants) trained on a protocol's training interactions, in a
 * {@link TrainingWorkspace}, and evaluated on the protocol's test cases.
 */
final class Baselines {
    private final Workspace source;
    private final Path folder;

    Baselines(Workspace source, Path folder) {
        this.source = source;
        this.folder = folder;
    }

    /** Puts one entry per baseline into {@code results}: each evaluation's metrics under its name. */
    void evaluate(InteractionLog training, List<FullRankingEvaluation> evaluations, List<String> names,
                  List<RankingCase> cases, Map<String, Object> results) {
        try (TrainingWorkspace tw = TrainingWorkspace.create(source, training, folder);
             ShopData data = new ShopData(tw.workspace(), null)) {
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
