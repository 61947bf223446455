package merchlab.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A submitted job as the window sees it; its properties change on the UI thread only. */
public interface RunningTask {
    /** What the job does, for example "Importing catalog.csv". */
    String title();

    /** Fraction done, 0 to 1, or -1 while unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** The job's latest message. */
    ReadOnlyStringProperty messageProperty();

    /** Asks the job to stop at its next batch boundary. */
    void cancel();

    boolean isCancelled();
}
