package merchlab.ui.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.importer.ImportReport;
import merchlab.ui.format.Formats;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.JobContext;
import merchlab.workspace.Workspace;

/** The background half of an import run: imports files one by one, a failing file not stopping the others. */
final class ImportRunner {
    /** A file that failed, with the error for the log. */
    record Failure(Path file, Throwable error) {
    }

    /** Everything a run produced. */
    record Result(List<FileOutcome> outcomes, List<Failure> failures) {
    }

    private final Importing importing;
    private final Workspace workspace;
    private final List<ChosenFile> files;
    private final boolean pseudonymize;

    /** Imports {@code files} catalogs first, then behaviour logs, then judgments, each kind in the order chosen. */
    ImportRunner(Importing importing, Workspace workspace, List<ChosenFile> files, boolean pseudonymize) {
        this.importing = importing;
        this.workspace = workspace;
        this.files = files.stream().sorted(Comparator.comparing(ChosenFile::kind)).toList();
        this.pseudonymize = pseudonymize;
    }

    Result run(JobContext context) {
        long[] sizes = new long[files.size()];
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            sizes[i] = size(files.get(i).path());
            total += sizes[i];
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        long before = 0;
        for (int i = 0; i < files.size(); i++) {
            if (context.cancelToken().isCancelled()) {
                break;
            }
            ChosenFile chosen = files.get(i);
            Path file = chosen.path();
            String where = files.size() == 1 ? "" : " (file " + (i + 1) + " of " + files.size() + ")";
            long base = before;
            long all = total;
            context.message(file.getFileName() + where);
            try {
                ImportReport report = importing.run(workspace, chosen.request(pseudonymize),
                        (rows, bytes, totalBytes) -> {
                            context.progress(base + bytes, all);
                            context.message(file.getFileName() + ": " + Formats.count(rows) + " rows" + where);
                        }, context.cancelToken());
                outcomes.add(FileOutcome.reported(file, report));
                if ("cancelled".equals(report.status())) {
                    break;
                }
            } catch (CancelledException e) {
                outcomes.add(FileOutcome.cancelled(file));
                break;
            } catch (RuntimeException e) {
                outcomes.add(FileOutcome.failed(file, e instanceof MerchLabException ? e.getMessage()
                        : ProblemText.reason(e)));
                failures.add(new Failure(file, e));
            }
            before += sizes[i];
            context.progress(before, all);
        }
        return new Result(outcomes, failures);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // the importer reports the unreadable file itself
        }
    }
}
