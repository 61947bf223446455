package merchlab.scoring;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import merchlab.CancelToken;
import merchlab.MerchLabException;
import merchlab.csv.CsvWriter;
import merchlab.model.Context;
import merchlab.model.ScoringRequest;
import merchlab.store.EventStore;
import merchlab.store.RecommendationStore;
import merchlab.workspace.Workspace;

/**
 * Scores every shopper of the logs at once: their top-N lists go to the workspace's {@code recommendations} table
 * (replacing the model's earlier lists) and, when asked, to a CSV file.
 */
public final class BatchScoring {
    private static final int CHUNK = 64;

    private final Workspace workspace;
    private final ShopScorer scorer;

    public BatchScoring(Workspace workspace, ShopScorer scorer) {
        this.workspace = workspace;
        this.scorer = scorer;
    }

    /** Summary of a batch run. */
    public record Summary(int shoppers, long rows, double seconds) {
    }

    /**
     * Ranks the top {@code top} products of every shopper in {@code context} and stores them under {@code model}.
     *
     * @param csv file to write as well ({@code user_id,rank,product_id,title,score,ctr}), or null
     */
    public Summary run(String model, Context context, int top, Path csv, DoubleConsumer progress, CancelToken cancel) {
        long started = System.nanoTime();
        Map<String, List<String>> histories = new LinkedHashMap<>();
        Map<String, List<String>> recommended = new LinkedHashMap<>();
        readActivity(histories, recommended);
        List<String> shoppers = new ArrayList<>(histories.keySet());
        long rows = 0;
        try (RecommendationStore.Writer store = new RecommendationStore(workspace).replace(model);
             CsvWriter out = csv == null ? null : new CsvWriter(csv, List.of("user_id", "rank", "product_id", "title",
                     "score", "ctr"))) {
            long now = System.currentTimeMillis();
            for (int start = 0; start < shoppers.size(); start += CHUNK) {
                cancel.check();
                List<String> chunk = shoppers.subList(start, Math.min(shoppers.size(), start + CHUNK));
                List<ScoringRequest> requests = new ArrayList<>();
                for (String u : chunk) {
                    requests.add(new ScoringRequest(u, histories.get(u), null, context,
                            recommended.getOrDefault(u, List.of())));
                }
                List<List<ScoredProduct>> lists = scorer.rankAll(requests, top);
                for (int i = 0; i < chunk.size(); i++) {
                    int rank = 1;
                    for (ScoredProduct p : lists.get(i)) {
                        store.add(chunk.get(i), rank, p.productId(), p.score(), p.ctr(), now);
                        if (out != null) {
                            out.cell(chunk.get(i)).cell(rank).cell(p.productId()).cell(p.title())
                                    .raw(String.valueOf(p.score())).raw(p.ctr() == null ? null : p.ctr().toString())
                                    .endRow();
                        }
                        rank++;
                        rows++;
                    }
                }
                store.flush();
                progress.accept((double) Math.min(shoppers.size(), start + CHUNK) / shoppers.size());
            }
            store.commit();
        } catch (UncheckedIOException e) {
            throw new MerchLabException("cannot write " + csv + ": " + e.getCause().getMessage(), e);
        }
        return new Summary(shoppers.size(), rows, (System.nanoTime() - started) / 1e9);
    }

    /** Every shopper of the logs with their engaged products and their earlier recommendations, oldest first. */
    private void readActivity(Map<String, List<String>> histories, Map<String, List<String>> recommended) {
        new EventStore(workspace).shopperEvents((user, product, type, query) -> {
            List<String> h = histories.computeIfAbsent(user, u -> new ArrayList<>());
            if (product == null) {
                return;
            }
            if (type.equals("click") || type.equals("view") || type.equals("add_to_cart")
                    || type.equals("purchase")) {
                h.add(product);
            } else if (type.equals("impression") && query == null) {
                recommended.computeIfAbsent(user, u -> new ArrayList<>()).add(product);
            }
        });
    }
}
