package merchlab.ui.main;

import java.util.Locale;
import merchlab.prepare.PrepareReport;
import merchlab.workspace.Workspace;

/** The status bar's line after a preparation: what was made and how long it took. */
final class PreparedLine {
    private PreparedLine() {
    }

    static String of(Workspace workspace, PrepareReport r) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Prepared %s in %.0f s: %,d product vectors made",
                workspace.file().getFileName(), r.seconds(), r.embedded()));
        if (!r.trained().isEmpty()) {
            b.append(", trained ").append(String.join(", ", r.trained().stream()
                    .map(PrepareReport.Trained::model).toList()));
        }
        r.notes().forEach(n -> b.append("; ").append(n));
        return b.toString();
    }
}
