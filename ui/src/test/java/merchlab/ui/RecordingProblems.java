package merchlab.ui;

import java.util.ArrayList;
import java.util.List;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.Problems;

/** Remembers every reported problem as "action failed: reason". */
public final class RecordingProblems implements Problems {
    public final List<String> reports = new ArrayList<>();

    @Override
    public void report(String action, Throwable error) {
        reports.add(ProblemText.describe(action, error));
    }
}
