package merchlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.model.Context;
import merchlab.model.ModelKinds;
import merchlab.model.Recommender;
import merchlab.scoring.BatchScoring;
import merchlab.scoring.ScoredProduct;
import merchlab.scoring.ShopScorer;
import merchlab.scoring.ShopScorers;
import merchlab.shop.ShopServices;
import merchlab.store.ModelStore;
import merchlab.store.SavedModel;
import merchlab.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merchlab recommend}: recommend products for a shopper, or for every shopper at once. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "recommend products for a shopper (or --all shoppers into the workspace and a CSV file)")
final class RecommendCommand implements Runnable {
    private final ShopServices services;

    RecommendCommand(ShopServices services) {
        this.services = services;
    }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--user", paramLabel = "U", description = "the shopper")
    String user;

    @Option(names = "--all", description = "score every shopper of the logs and store the lists in the workspace")
    boolean all;

    @Option(names = "--csv", paramLabel = "FILE", description = "with --all: also write the lists to this CSV file")
    Path csv;

    @Option(names = "--top", paramLabel = "K", description = "products per list (default ${DEFAULT-VALUE})")
    int top = 10;

    @Option(names = "--model", paramLabel = "NAME", description = "saved model (default: the one tune recommended, else the newest ranker)")
    String model;

    @Mixin
    VisitOptions visit;

    @Option(names = "--json", description = "print one JSON document on standard output")
    boolean json;

    @Option(names = "--explain", description = "add per-item attributions, groups, completeness error and reasons")
    boolean explain;

    @Override
    public void run() {
        if (user == null && !all) {
            throw new MerchLabException("name a shopper with --user U, or use --all");
        }
        Context context = visit.context();
        Workspace ws = workspace.open();
        ModelKinds kinds = services.kinds();
        try (ShopData data = services.data(ws);
             ShopScorers scorers = services.scorers(data)) {
            ModelStore store = new ModelStore(ws);
            SavedModel saved = ShopScorers.forShoppers(store, model);
            Recommender recommender = scorers.model(saved.name());
            ShopScorer scorer = scorers.scorer(recommender);
            if (all) {
                BatchScoring.Summary s = new BatchScoring(ws, scorer).run(saved.name(), context, top, csv,
                        p -> System.err.printf(Locale.ROOT, "scored %.0f%% of shoppers%n", p * 100),
                        CancelToken.none());
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("model", saved.name());
                doc.put("shoppers", s.shoppers());
                doc.put("rows", s.rows());
                doc.put("csv", csv == null ? null : csv.toString());
                doc.put("seconds", s.seconds());
                output(doc, () -> System.out.printf(Locale.ROOT, "stored top %d of %d shoppers (%d rows) in %.1f s%n",
                        top, s.shoppers(), s.rows(), s.seconds()));
                return;
            }
            long started = System.nanoTime();
            ShopperId shopper = ShopperId.of(ws, user);
            String user = shopper.id();
            List<ScoredProduct> items = scorer.recommend(user, context, top);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("user", user);
            doc.put("knownShopper", data.behaviour().knowsShopper(user));
            List<String> notes = new java.util.ArrayList<>();
            if (shopper.note() != null) {
                notes.add(shopper.note());
            }
            if (items.size() < top) {
                notes.add(String.format(Locale.ROOT, "only %d of the %d products asked for: the candidate sources "
                        + "(popular, co-interacted and similar products) proposed no more that the shopper has not "
                        + "already clicked, carted or bought, in a catalog of %,d products", items.size(), top,
                        data.catalog().size()));
            }
            doc.put("notes", notes);
            doc.put("model", saved.name());
            doc.put("kind", saved.kind());
            doc.put("context", ScoringSetup.contextMap(context));
            List<Map<String, Object>> itemMaps = ScoringSetup.items(items);
            if (explain) {
                new Explanations(recommender, data).addTo(itemMaps, scorer.request(user, null, context));
            }
            doc.put("items", itemMaps);
            doc.put("milliseconds", (System.nanoTime() - started) / 1e6);
            output(doc, () -> {
                ScoringSetup.print(items);
                notes.forEach(n -> System.out.println("note: " + n));
                if (explain) {
                    itemMaps.forEach(Explanations::print);
                }
            });
        }
    }

    private void output(Map<String, Object> doc, Runnable human) {
        if (json) {
            Json.print(doc);
        } else {
            human.run();
        }
    }

}
