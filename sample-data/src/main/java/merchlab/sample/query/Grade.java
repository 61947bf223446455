package merchlab.sample.query;

/** Graded relevance of a product to a query, with the ESCI letters and the gains 1.0 / 0.1 / 0.01 / 0. */
public enum Grade {
    EXACT("E", 1.0), SUBSTITUTE("S", 0.1), COMPLEMENT("C", 0.01), IRRELEVANT("I", 0.0);

    private final String letter;
    private final double gain;

    Grade(String letter, double gain) {
        this.letter = letter;
        this.gain = gain;
    }

    public String letter() {
        return letter;
    }

    /** The number written in judgments.csv and used as the NDCG gain. */
    public double gain() {
        return gain;
    }
}
