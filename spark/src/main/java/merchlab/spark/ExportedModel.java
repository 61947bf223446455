package merchlab.spark;

import merchlab.MerchLabException;
import merchlab.model.baseline.CooccurrenceKind;
import merchlab.model.sequence.SequenceRecommender;
import merchlab.store.ModelFile;
import merchlab.store.SavedModel;
import org.apache.spark.sql.SparkSession;

/**
 * A model file written by {@code merchlab models export}, read on the driver (from any file system Spark reaches) and
 * checked there: its bytes go to the executors, which open the model once each.
 */
record ExportedModel(byte[] bytes, SavedModel model) {
    /** Reads a model of kind {@code kind}; a missing, foreign, newer or other-kind file is a one-line error. */
    static ExportedModel read(SparkSession spark, String option, String path, String kind) {
        byte[] bytes = Tables.bytes(spark, option, path);
        SavedModel m = ModelFile.read(bytes, path);
        if (!kind.equals(m.kind())) {
            throw new MerchLabException(option + " " + path + " is a " + m.kind() + " model; "
                    + (kind.equals(SequenceRecommender.KIND) ? "the Spark jobs score sequence models (the others read "
                    + "the whole workspace: use merchlab recommend --all or merchlab evaluate)" : "it must be a " + kind
                    + " model"));
        }
        return new ExportedModel(bytes, m);
    }

    /** A sequence model, the one kind the jobs score. */
    static ExportedModel sequence(SparkSession spark, String option, String path) {
        return read(spark, option, path, SequenceRecommender.KIND);
    }

    /** A co-occurrence model, for its related products. */
    static ExportedModel cooccurrence(SparkSession spark, String option, String path) {
        return read(spark, option, path, CooccurrenceKind.NAME);
    }

    /** The encoder of the product vectors the model was trained on. */
    String encoder() {
        Object encoder = model.settings().get("encoder");
        if (encoder == null) {
            throw new MerchLabException("model " + model.name() + " does not say which encoder it was trained on: "
                    + "retrain it");
        }
        return encoder.toString();
    }
}
