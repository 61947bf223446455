package merchlab.spark;

import org.apache.spark.sql.SparkSession;

/** The jobs' Spark session: the one already active (spark-submit's, or a test's), else a new one. */
final class Sessions {
    private Sessions() {
    }

    static SparkSession get(String job) {
        return SparkSession.builder().appName("merchlab " + job).getOrCreate();
    }

    static void stop() {
        scala.Option<SparkSession> active = SparkSession.getActiveSession();
        if (active.isDefined()) {
            active.get().stop();
        }
    }
}
