package merchlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.csv.CsvRows;
import merchlab.eval.judged.JudgedEvaluation;
import merchlab.eval.judged.JudgedReport;
import merchlab.eval.judged.Judgments;
import merchlab.eval.judged.QueryKinds;
import merchlab.eval.judged.TrecExport;
import merchlab.features.ShopData;
import merchlab.model.Recommender;
import merchlab.scoring.ShopScorers;
import merchlab.search.IntentFilters;
import merchlab.search.ProductSearch;
import merchlab.shop.ShopServices;
import merchlab.store.EvaluationStore;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;

/** {@code evaluate --protocol judgments}: judged search quality of retrieval and every saved model (or one). */
final class JudgedEvaluationRun {
    private JudgedEvaluationRun() {
    }

    /** The search settings a judged evaluation measures (the product's defaults unless changed to compare). */
    record SearchSettings(int strongMatches, double retrievalWeight, double categoryConfidence) {
    }

    static JudgedReport run(ShopServices services, Workspace ws, String onlyModel, Path queryKinds, Path export,
                            Integer sample, long seed, SearchSettings settings) {
        if (sample != null && sample < 1) {
            throw new MerchLabException("--sample must be at least 1, not " + sample);
        }
        Judgments judgments = Judgments.load(ws, JudgedEvaluation.SHOPPERS_PER_QUERY);
        if (sample != null) {
            judgments = judgments.sample(sample, seed);
        }
        if (judgments.queries().isEmpty()) {
            throw new MerchLabException("the workspace has no judged query with a relevant product: import judgments "
                    + "first, for example merchlab import --judgments judgments.csv");
        }
        Map<String, String> kinds = queryKinds == null ? QueryKinds.read(ws) : QueryKinds.readCsv(queryKinds);
        ModelStore store = new ModelStore(ws);
        try (ShopData data = services.data(ws);
             ProductSearch search = services.search(ws);
             ShopScorers scorers = services.scorers(data)) {
            scorers.optRelevanceGate(settings.strongMatches(), settings.retrievalWeight());
            search.optIntentFilters(new IntentFilters(settings.categoryConfidence()));
            List<Recommender> models = new ArrayList<>();
            List<SavedModel> saved = onlyModel != null ? List.of(store.load(onlyModel)) : store.list();
            for (SavedModel m : saved) {
                if (services.kinds().names().contains(m.kind())) {
                    models.add(scorers.model(m.name()));
                }
            }
            JudgedReport report = new JudgedEvaluation(data, search, scorers, new EvaluationStore(ws)).run(judgments,
                    models, kinds, System.err::println, CancelToken.none());
            if (export != null) {
                TrecExport.write(judgments, report, export)
                        .forEach(f -> System.err.println("evaluate: wrote " + f));
            }
            return report;
        }
    }
}
