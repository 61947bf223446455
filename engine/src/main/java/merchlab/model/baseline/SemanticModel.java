package merchlab.model.baseline;

import java.util.ArrayList;
import java.util.List;
import merchlab.features.CatalogVectors;
import merchlab.features.QueryVectors;
import merchlab.features.ShopCatalog;
import merchlab.features.ShopperProfile;
import merchlab.model.CandidateRows;
import merchlab.model.ProductMatrix;
import merchlab.model.Recommender;
import merchlab.model.ScoringRequest;

/**
 * Zero-shot semantic similarity, no training: cosine of the product's text embedding with the query's, or without a
 * query with the mean embedding of the shopper's history.
 */
final class SemanticModel implements Recommender {
    private final String name;
    private final ShopCatalog catalog;
    private final CatalogVectors vectors;
    private final QueryVectors queries;
    private final CandidateRows candidateRows;
    private ProductMatrix matrix;

    SemanticModel(String name, ShopCatalog catalog, CatalogVectors vectors, QueryVectors queries) {
        this.name = name;
        this.catalog = catalog;
        this.vectors = vectors;
        this.queries = queries;
        this.candidateRows = new CandidateRows(catalog::indexOf);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return SemanticKind.NAME;
    }

    /** The vector a request is matched against: the query's, else the shopper's history mean; null when neither. */
    float[] target(ScoringRequest request) {
        float[] q = request.query() == null ? null : queries.vector(request.query());
        if (q != null) {
            return q;
        }
        ShopperProfile profile = new ShopperProfile(catalog, vectors);
        for (String id : request.history()) {
            profile.add(catalog.indexOf(id));
        }
        if (!profile.hasEmbedding()) {
            return null;
        }
        float[] v = new float[vectors.dimension()];
        profile.embedding(v, 0);
        return v;
    }

    /**
     * Scores a block of requests with one matrix product of their target vectors against every product vector, then
     * reads each request's candidates out of its row.
     */
    @Override
    public List<double[]> scoreAll(List<ScoringRequest> requests, List<List<String>> candidates) {
        int d = vectors.dimension();
        float[] block = new float[requests.size() * d];
        boolean[] none = new boolean[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            float[] target = target(requests.get(i));
            none[i] = target == null;
            if (target != null) {
                System.arraycopy(target, 0, block, i * d, d);
            }
        }
        if (matrix == null) {
            matrix = new ProductMatrix(vectors.matrix(), vectors.rows(), d);
        }
        float[] scores = matrix.times(block, requests.size());
        int width = vectors.rows();
        List<double[]> out = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            int[] rows = candidateRows.of(candidates.get(i));
            double[] s = new double[rows.length];
            for (int c = 0; c < rows.length && !none[i]; c++) {
                int row = vectors.row(rows[c]);
                s[c] = row < 0 ? 0 : scores[i * width + row];
            }
            out.add(s);
        }
        return out;
    }

    @Override
    public void close() {
        if (matrix != null) {
            matrix.close();
            matrix = null;
        }
    }

    @Override
    public double[] score(ScoringRequest request, List<String> candidates) {
        float[] target = target(request);
        double[] out = new double[candidates.size()];
        if (target == null) {
            return out;
        }
        int[] rows = candidateRows.of(candidates);
        for (int i = 0; i < out.length; i++) {
            out[i] = vectors.dot(rows[i], target);
        }
        return out;
    }
}
