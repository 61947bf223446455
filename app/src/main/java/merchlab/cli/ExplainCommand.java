package merchlab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab explain}: explain one product's score with per-feature attributions. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "explain one product's score for a shopper (and query) with per-feature attributions")
final class ExplainCommand implements Runnable {
    private final ShopServices services;

    ExplainCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--model", paramLabel = "NAME", description = "saved model (default: the newest ranker)")
    String model;

    @Option(names = "--user", paramLabel = "U", description = "the shopper (their whole logged history counts)")
    String user;

    @Option(names = "--query", paramLabel = "TEXT", description = "the search query, if any")
    String query;

    @Option(names = "--product", paramLabel = "P", description = "the product whose score is explained")
    String product;

    @Mixin
    VisitOptions visit;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Option(names = "--importance", description = "global view: permutation importance of every feature and group on"
            + " the held-out impressions (no --user or --product)")
    boolean importance;

    @Option(names = "--checks", description = "faithfulness checks on the held-out impressions: completeness, deletion"
            + " curve, model randomisation, and agreement with --truth")
    boolean checks;

    @Option(names = "--truth", paramLabel = "FILE", description = "with --checks: the generator's impression_truth.csv")
    java.nio.file.Path truth;

    @Option(names = "--lists", paramLabel = "N", description = "with --importance or --checks: held-out result lists"
            + " used (default ${DEFAULT-VALUE})")
    int lists = 300;

    @Option(names = "--repeats", paramLabel = "R", description = "with --importance: shuffles per feature (default"
            + " ${DEFAULT-VALUE})")
    int repeats = 5;

    @Option(names = "--seed", paramLabel = "S", description = "seed of shuffles and random weights (default"
            + " ${DEFAULT-VALUE})")
    long seed = 42;

    @Override
    public void run() {
        if (importance || checks) {
            runGlobal();
            return;
        }
        if (user == null) {
            throw new MerchLabException("name the shopper with --user U");
        }
        if (product == null) {
            throw new MerchLabException("name the product with --product P");
        }
        Context context = visit.context();
        Workspace ws = workspace.open();
        try (ShopData data = services.data(ws)) {
            if (data.catalog().indexOf(product) < 0) {
                throw new MerchLabException("no product '" + product + "' in the catalog");
            }
            SavedModel saved = merchlab.scoring.ShopScorers.choose(new ModelStore(ws), model);
            try (Recommender recommender = services.kinds().open(saved, data)) {
                ShopperId shopper = ShopperId.of(ws, user);
                String user = shopper.id();
                ScoringSetup.note(shopper.note());
                List<String> history = data.behaviour().history(user, Long.MAX_VALUE);
                ScoringRequest request = new ScoringRequest(user, history, query, context);
                Map<String, Object> e = new Explanations(recommender, data).explain(request, List.of(product)).get(0);
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("model", saved.name());
                doc.put("kind", saved.kind());
                doc.put("user", user);
                doc.put("knownShopper", data.behaviour().knowsShopper(user));
                doc.put("query", query);
                doc.put("context", ScoringSetup.contextMap(context));
                doc.put("title", data.catalog().title(data.catalog().indexOf(product)));
                doc.putAll(e);
                if (json) {
                    Json.print(doc);
                } else {
                    Explanations.print(doc);
                }
            }
        }
    }

    private void runGlobal() {
        if (importance && checks) {
            throw new MerchLabException("choose one of --importance and --checks");
        }
        if (lists < 1) {
            throw new MerchLabException("--lists must be at least 1");
        }
        Workspace ws = workspace.open();
        try (ShopData data = services.data(ws)) {
            SavedModel saved = merchlab.scoring.ShopScorers.choose(new ModelStore(ws), model);
            if (!saved.kind().equals("ranker")) {
                throw new MerchLabException("--importance and --checks explain a ranker; " + saved.name() + " is a "
                        + saved.kind() + " model");
            }
            Map<String, Object> doc = importance ? ExplainGlobal.importance(data, saved, lists, repeats, seed)
                    : ExplainGlobal.checks(data, saved, lists, truth, seed);
            if (json) {
                Json.print(doc);
            } else {
                ExplainGlobal.print(doc);
            }
        }
    }
}
