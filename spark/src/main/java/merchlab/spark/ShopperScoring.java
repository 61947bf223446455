package merchlab.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import merchlab.behaviour.EventType;
import merchlab.model.Context;
import merchlab.model.RelatedProducts;
import merchlab.model.ScoringRequest;
import merchlab.model.baseline.CooccurrenceKind;
import merchlab.model.sequence.SequenceKind;
import merchlab.scoring.CandidateSource;
import merchlab.scoring.RelevanceGate;
import merchlab.scoring.ScoredProduct;
import merchlab.scoring.ShopScorer;
import merchlab.scoring.Sources;
import merchlab.store.ModelFile;
import merchlab.store.SavedModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The executor's side of {@code recommend}: the workbench's {@link ShopScorer} (the same candidate sources, the same
 * model, the same order) over the broadcast catalog vectors, with the executor's {@link ExecutorShop}.
 */
final class ShopperScoring {
    /** What {@code recommend} writes. */
    static final StructType LISTS = new StructType()
            .add("shopper_id", DataTypes.StringType, false)
            .add("rank", DataTypes.IntegerType, false)
            .add("product_id", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false);
    /** Shoppers per model call, as {@code recommend --all} batches them. */
    private static final int CHUNK = 64;

    /**
     * Everything an executor needs, broadcast once per job.
     *
     * @param key     the job's own id, so an executor that served an earlier job builds afresh
     * @param related an exported co-occurrence model, or null
     * @param popular the most engaged-with products of the whole log, best first
     */
    record Setup(String key, byte[] model, byte[] related, List<String> popular, VectorTable vectors, int top)
            implements Serializable {
    }

    private ShopperScoring() {
    }

    /**
     * Top lists for one partition of shoppers: rows of {@code user_id} and {@code events}, a list of
     * {@code (t, row, type, product_id, query)} in any order.
     */
    /** A partition's lists: how many shoppers, and their rows. */
    record Lists(int shoppers, List<Row> rows) {
    }

    static Lists rank(Iterator<Row> shoppers, Setup setup) {
        List<ScoringRequest> requests = new ArrayList<>();
        shoppers.forEachRemaining(r -> requests.add(request(r.getString(0), r.getList(1))));
        requests.sort(Comparator.comparing(ScoringRequest::userId));
        List<Row> out = new ArrayList<>();
        if (requests.isEmpty()) {
            return new Lists(0, out);
        }
        ExecutorShop.Shop shop = ExecutorShop.shop(setup.key(), setup.vectors());
        Scorer scorer = ExecutorShop.borrow(setup.key(), () -> scorer(setup, shop));
        try {
            for (int start = 0; start < requests.size(); start += CHUNK) {
                List<ScoringRequest> chunk = requests.subList(start, Math.min(requests.size(), start + CHUNK));
                List<List<ScoredProduct>> lists = scorer.lists().rankAll(chunk, setup.top());
                for (int i = 0; i < chunk.size(); i++) {
                    int rank = 1;
                    for (ScoredProduct p : lists.get(i)) {
                        out.add(RowFactory.create(chunk.get(i).userId(), rank++, p.productId(), p.score()));
                    }
                }
            }
        } finally {
            ExecutorShop.giveBack(setup.key(), scorer);
        }
        return new Lists(requests.size(), out);
    }

    /**
     * A shopper's request as {@code recommend --all} forms it: the products clicked, viewed, carted or bought, and
     * those shown in recommendation lists (impressions without a query), oldest first, file order within a time.
     */
    static ScoringRequest request(String shopper, List<Row> events) {
        List<String> history = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Row e : ShopperHistory.ordered(events)) {
            String product = e.getString(3);
            EventType type = ShopperHistory.type(e);
            if (product == null || type == null) {
                continue;
            }
            String query = e.getString(4);
            if (type.isEngagement()) {
                history.add(product);
            } else if (type == EventType.IMPRESSION && (query == null || query.isBlank())) {
                shown.add(product);
            }
        }
        return new ScoringRequest(shopper, history, null, Context.unknown(), shown);
    }

    /** A scorer of one task thread; closing it closes its model. */
    private record Scorer(ShopScorer lists) implements AutoCloseable {
        @Override
        public void close() {
            lists.model().close();
        }
    }

    /** The workbench's sources in its order: semantic neighbours of the history, popular, then related products. */
    private static Scorer scorer(Setup setup, ExecutorShop.Shop shop) {
        SavedModel model = ModelFile.read(setup.model(), "the model");
        List<CandidateSource> sources = new ArrayList<>();
        // A recommendation has no query: the workbench's lexical source proposes nothing, and no query is embedded.
        sources.add(Sources.semantic(shop.catalog(), shop.vectors(), query -> null));
        sources.add(Sources.popular(setup.popular()));
        if (setup.related() != null) {
            SavedModel related = ModelFile.read(setup.related(), "the related-products model");
            sources.add(Sources.related((RelatedProducts) CooccurrenceKind.open(related, shop.catalog())));
        }
        return new Scorer(new ShopScorer(shop.catalog(), null, SequenceKind.open(model, shop.products(),
                shop.catalog()), sources, ShopScorer.PER_SOURCE, RelevanceGate.NONE));
    }
}
