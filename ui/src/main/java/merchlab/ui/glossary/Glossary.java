package merchlab.ui.glossary;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What each term the screens use means, in a merchandiser's words; one entry per term. */
public final class Glossary {
    private static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        define("CTR", "Click-through rate: clicks divided by impressions (times a product was shown). Written as a "
                + "percent everywhere: 11.14% means about 11 clicks per 100 impressions.");
        define("predicted CTR", "The click-through rate a ranker expects for this product, shopper, query and visit, "
                + "with the product shown at the top position.");
        define("ECE", "Expected calibration error: how far predicted CTRs are from observed ones. Predictions are put "
                + "in ten bins; ECE is the average gap between a bin's mean prediction and its observed CTR, weighted "
                + "by the bin's impressions. 0 is perfectly calibrated.");
        define("completeness error", "How far the attributions fail to add up: |baseline + sum of attributions - "
                + "predicted CTR|, as a share of the prediction. Small (under 1%) means the bars explain the whole "
                + "score.");
        define("attribution", "How much one feature (or group of features) moves the predicted CTR from the baseline "
                + "score, measured with integrated gradients; the bars add up to the prediction.");
        define("baseline", "A simple model to compare with: popularity (most clicked products), co-occurrence "
                + "(bought or clicked together) or semantic (text similarity to the query or the history). A trained "
                + "model should beat the strongest baseline.");
        define("retrieval", "Finding the candidate products before any model ranks them: full-text and semantic "
                + "search for a query, similar and popular products for a shopper. Before a model is trained, lists "
                + "follow the retrieval order.");
        define("AUC", "Area under the ROC curve: the chance that a clicked impression is scored above an unclicked "
                + "one. 0.5 is guessing, 1 is perfect.");
        define("log loss", "The average surprise of the predicted CTRs at what happened (lower is better); it "
                + "punishes confident wrong predictions.");
        define("NDCG@10", "Normalised discounted cumulative gain of the top 10: how high the relevant or clicked "
                + "products sit in the list, 1 when they are all at the top.");
        define("MRR@10", "Mean reciprocal rank: 1 divided by the position of the first relevant product in the top "
                + "10 (0 when there is none), averaged over lists.");
        define("recall@10", "The share of the relevant products that appear in the top 10.");
        define("hit@10", "The share of lists whose top 10 holds at least one relevant product.");
        define("coverage@10", "The share of the catalog that appears in some top-10 list: low coverage means the same "
                + "few products everywhere.");
        define("judged grade", "A person's relevance grade for a product and a query (ESCI): Exact 1, Substitute 0.1, "
                + "Complement 0.01, Irrelevant 0.");
        define("unjudged", "The share of a list's top 10 that nobody graded for the query. NDCG counts an unjudged "
                + "product as irrelevant, so a high share means the figure may be too low: grade those products in Query "
                + "sets.");
        define("rank move", "\"106 ▲105\" in a rank column: the product is 106th under that model and 105 places "
                + "higher in this list; ▼ means the other model ranks it higher.");
    }

    private Glossary() {
    }

    private static void define(String term, String meaning) {
        TERMS.put(term, meaning);
    }

    /** What {@code term} means (ignoring case), if the glossary has it. */
    public static Optional<String> meaning(String term) {
        return TERMS.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT)
                .equals(term.strip().toLowerCase(Locale.ROOT))).map(Map.Entry::getValue).findFirst();
    }

    /** Every term with its meaning, in reading order. */
    public static Map<String, String> terms() {
        return java.util.Collections.unmodifiableMap(TERMS);
    }
}
