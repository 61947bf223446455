package merchlab.scoring;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import merchlab.workspace.Workspace;
import merchlab.workspace.WriterLock;

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
        try (WriterLock lock = workspace.lockForWriting(); Connection c = workspace.connect();
             CsvWriter out = csv == null ? null : new CsvWriter(csv, List.of("user_id", "rank", "product_id", "title",
                     "score", "ctr"))) {
            c.setAutoCommit(false);
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM recommendations WHERE model = ?")) {
                clear.setString(1, model);
                clear.executeUpdate();
            }
            long now = System.currentTimeMillis();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO recommendations(model, user_id, rank, "
                    + "product_id, score, ctr, created_at) VALUES (?,?,?,?,?,?,?)")) {
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
                            insert.setString(1, model);
                            insert.setString(2, chunk.get(i));
                            insert.setInt(3, rank);
                            insert.setString(4, p.productId());
                            insert.setDouble(5, p.score());
                            if (p.ctr() == null) {
                                insert.setNull(6, java.sql.Types.REAL);
                            } else {
                                insert.setDouble(6, p.ctr());
                            }
                            insert.setLong(7, now);
                            insert.addBatch();
                            if (out != null) {
                                out.cell(chunk.get(i)).cell(rank).cell(p.productId()).cell(p.title())
                                        .raw(String.valueOf(p.score())).raw(p.ctr() == null ? null : p.ctr().toString())
                                        .endRow();
                            }
                            rank++;
                            rows++;
                        }
                    }
                    insert.executeBatch();
                    progress.accept((double) Math.min(shoppers.size(), start + CHUNK) / shoppers.size());
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new MerchLabException("cannot store recommendations: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MerchLabException("cannot write " + csv + ": " + e.getCause().getMessage(), e);
        }
        return new Summary(shoppers.size(), rows, (System.nanoTime() - started) / 1e9);
    }

    /** Every shopper of the logs with their engaged products and their earlier recommendations, oldest first. */
    private void readActivity(Map<String, List<String>> histories, Map<String, List<String>> recommended) {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT user_id, product_id, type, query FROM events WHERE user_id IS NOT NULL ORDER BY user_id, ts, id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String user = rs.getString(1);
                    List<String> h = histories.computeIfAbsent(user, u -> new ArrayList<>());
                    String type = rs.getString(3);
                    String product = rs.getString(2);
                    if (product == null) {
                        continue;
                    }
                    if (type.equals("click") || type.equals("view") || type.equals("add_to_cart")
                            || type.equals("purchase")) {
                        h.add(product);
                    } else if (type.equals("impression") && rs.getString(4) == null) {
                        recommended.computeIfAbsent(user, u -> new ArrayList<>()).add(product);
                    }
                }
            }
        } catch (SQLException e) {
            throw new MerchLabException("cannot read shoppers' histories: " + e.getMessage(), e);
        }
    }

}
