package merchlab.ui.status;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import merchlab.ui.task.Problems;

/**
 * The problem banner's state: the latest failure in one line, shown until the user dismisses it or a newer one
 * replaces it. Every report is also passed to the log.
 */
public final class ProblemsViewModel implements Problems {
    // properties
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    private final Problems log;

    /** {@code log} records each report (with its stack trace) where a person can read it later. */
    public ProblemsViewModel(Problems log) {
        this.log = log;
    }

    /** The latest problem, or "" when there is none to show. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** How many problems were reported since the window opened. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    // commands

    @Override
    public void report(String action, Throwable error) {
        try {
            log.report(action, error);
        } finally {
            problem.set(ProblemText.describe(action, error));
            count.set(count.get() + 1);
        }
    }

    public void dismiss() {
        problem.set("");
    }
}
