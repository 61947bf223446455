package merchlab.model.sequence;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.model.CandidateRows;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;
import merchlab.store.SavedModel;
import merchlab.text.ProductVectors;

/**
 * A trained sequence model ready to score: the shopper's recent history is encoded into one vector and every candidate
 * product scores the dot product of that vector with the product's vector.
 *
 * <p>Any product with a text vector can be scored, including products added after training (cold start: their vector
 * is their text through the trained adapter). A shopper with no known product in the history gets the products ordered
 * by training popularity. A candidate without a text vector scores {@link #UNKNOWN_PRODUCT}. Not thread-safe; close it
 * after the job.
 */
public final class SequenceRecommender implements Recommender {
    /** The kind saved models of this recommender carry. */
    public static final String KIND = "sequence";
    /** The score of a candidate that has no text vector: below every real score. */
    public static final double UNKNOWN_PRODUCT = -1e9;

    private final String name;
    private final SequenceScorer scorer;
    private final List<AutoCloseable> owned;
    private final Map<List<String>, float[]> prepared = new HashMap<>();
    private final CandidateRows candidateRows;
    private List<String> cachedHistory;
    private float[] cachedShopper;

    SequenceRecommender(String name, SequenceScorer scorer, List<AutoCloseable> owned) {
        this.name = name;
        this.scorer = scorer;
        this.owned = owned;
        this.candidateRows = new CandidateRows(id -> scorer.catalog().row(id).orElse(-1));
    }

    /**
     * Opens a saved sequence model over {@code vectors}, the workspace's product vectors of the encoder the model was
     * trained with; scoring runs on the CPU.
     */
    public static SequenceRecommender open(SavedModel model, ProductVectors vectors) {
        if (!KIND.equals(model.kind())) {
            throw new MerchLabException("model " + model.name() + " is a " + model.kind() + " model, not a sequence model");
        }
        Object encoder = model.settings().get("encoder");
        if (encoder != null && !encoder.equals(vectors.encoder())) {
            throw new MerchLabException("model " + model.name() + " was trained on '" + encoder
                    + "' product vectors, but the workspace's are '" + vectors.encoder() + "'");
        }
        NDManager manager = NDManager.newBaseManager(Device.cpu());
        try {
            SequenceModelFile.Content content = SequenceModelFile.read(model.parameters(), manager);
            SequenceNetwork network = SequenceNetwork.restore(manager, content.parameters(),
                    SequenceSettings.fromMap(model.settings()));
            if (network.textDimension() != vectors.dimension()) {
                throw new MerchLabException("model " + model.name() + " reads " + network.textDimension()
                        + "-dimensional product vectors, but the workspace's have " + vectors.dimension());
            }
            Map<String, Integer> rows = new HashMap<>();
            for (int i = 0; i < content.products().size(); i++) {
                rows.put(content.products().get(i), i + 1);
            }
            SequenceScorer scorer = new SequenceScorer(network, vectors, rows, content.counts());
            return new SequenceRecommender(model.name(), scorer, List.of(scorer, network, manager));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        float[] shopper = shopper(request.history());
        int[] rows = candidateRows.of(candidates);
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            int row = rows[i];
            if (row < 0) {
                scores[i] = UNKNOWN_PRODUCT;
            } else {
                scores[i] = shopper == null ? scorer.popularity(row) : scorer.score(shopper, row);
            }
        }
        return scores;
    }

    /**
     * Scores a block of shoppers with one matrix product against the whole catalog, then reads each request's
     * candidates out of its row: the fast path of full-ranking evaluation. Histories not {@link #prepare}d are encoded
     * together.
     */
    @Override
    public List<double[]> scoreAll(List<ScoringRequest> requests, List<List<String>> candidates) {
        List<float[]> shoppers = new ArrayList<>(Collections.nCopies(requests.size(), null));
        List<List<String>> missing = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<String> history = requests.get(i).history();
            if (prepared.containsKey(history)) {
                shoppers.set(i, prepared.get(history));
            } else {
                missing.add(history);
                at.add(i);
            }
        }
        List<float[]> encoded = missing.isEmpty() ? List.of() : scorer.shoppers(missing);
        for (int j = 0; j < at.size(); j++) {
            shoppers.set(at.get(j), encoded.get(j));
        }
        double[][] all = scorer.scoreCatalog(shoppers);
        List<double[]> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            int[] rows = candidateRows.of(candidates.get(i));
            double[] scores = new double[rows.length];
            for (int c = 0; c < rows.length; c++) {
                scores[c] = rows[c] < 0 ? UNKNOWN_PRODUCT : all[i][rows[c]];
            }
            out.add(scores);
        }
        return out;
    }

    /**
     * Encodes many shoppers' histories in batches ahead of {@link #score} calls for the same histories; a speed-up
     * for evaluating many shoppers, with no effect on the scores.
     */
    public void prepare(List<List<String>> histories) {
        List<float[]> vectors = scorer.shoppers(histories);
        prepared.clear();
        for (int i = 0; i < histories.size(); i++) {
            prepared.put(histories.get(i), vectors.get(i));
        }
    }

    private float[] shopper(List<String> history) {
        if (prepared.containsKey(history)) {
            return prepared.get(history);
        }
        if (!history.equals(cachedHistory)) {
            cachedShopper = scorer.shoppers(List.of(history)).get(0);
            cachedHistory = new ArrayList<>(history);
        }
        return cachedShopper;
    }

    @Override
    public void close() {
        prepared.clear();
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot release the sequence model", e);
            }
        }
    }
}
