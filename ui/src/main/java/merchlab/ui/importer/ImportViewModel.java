package merchlab.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import merchlab.CancelledException;
import merchlab.MerchLabException;
import merchlab.importer.DataKind;
import merchlab.importer.ImportPreview;
import merchlab.importer.ImportRequest;
import merchlab.importer.Rejection;
import merchlab.ui.format.Formats;
import merchlab.ui.status.ProblemText;
import merchlab.ui.status.Problems;
import merchlab.ui.task.RunningTask;
import merchlab.ui.task.TaskRunner;
import merchlab.workspace.Workspace;

/**
 * The import dialog's state: the chosen files, their kind and format, a preview of the first rows, the running
 * import's progress, and afterwards one outcome per file with the rejected rows.
 */
public final class ImportViewModel {
    /** Where the dialog is in its life. */
    public enum Phase { CHOOSING, RUNNING, DONE }

    // properties
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DataKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", DataKind.CATALOG);
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper(this, "format", "");
    private final ReadOnlyBooleanWrapper pseudonymize = new ReadOnlyBooleanWrapper(this, "pseudonymize");
    private final ObservableList<String> formats = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.CHOOSING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ObservableList<FileOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<Rejection> rejections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper failures = new ReadOnlyStringWrapper(this, "failures", "");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun");
    private final ReadOnlyStringWrapper unreadable = new ReadOnlyStringWrapper(this, "unreadable", "");
    private final ObservableList<Path> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<String> formatsView = FXCollections.unmodifiableObservableList(formats);
    private final ObservableList<FileOutcome> outcomesView = FXCollections.unmodifiableObservableList(outcomes);
    private final ObservableList<Rejection> rejectionsView = FXCollections.unmodifiableObservableList(rejections);

    private final TaskRunner tasks;
    private final Problems problems;
    private final Importing importing;
    private final Workspace workspace;
    private final Consumer<String> onFinished;
    private boolean kindChosen;
    private final PreviewViewModel preview;
    private RunningTask runningImport;
    private int readChecks;

    /** {@code onFinished} hears a one-line summary after every run (the workspace may have changed). */
    public ImportViewModel(TaskRunner tasks, Problems problems, Importing importing, Workspace workspace,
                           Consumer<String> onFinished) {
        this.tasks = tasks;
        this.problems = problems;
        this.importing = importing;
        this.workspace = workspace;
        this.onFinished = onFinished;
        this.preview = new PreviewViewModel(tasks, importing, workspace);
        BooleanBinding runnable = Bindings.isNotEmpty(files).and(phase.isNotEqualTo(Phase.RUNNING))
                .and(unreadable.isEmpty());
        canRun.bind(runnable);
        formats.setAll(importing.formats(kind.get()));
    }

    public ObservableList<Path> files() {
        return filesView;
    }

    public ReadOnlyObjectProperty<DataKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The forced format, or "" to detect it. */
    public ReadOnlyStringProperty formatProperty() {
        return format.getReadOnlyProperty();
    }

    /** Formats the user may force for the chosen kind. */
    public ObservableList<String> formats() {
        return formatsView;
    }

    public ReadOnlyBooleanProperty pseudonymizeProperty() {
        return pseudonymize.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> previewFileProperty() {
        return preview.fileProperty();
    }

    /** The previewed file's first rows, or {@code null} while none could be read. */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.previewProperty();
    }

    /** "Detected format: …", "Reading …", or why the file cannot be read. */
    public ReadOnlyStringProperty previewMessageProperty() {
        return preview.messageProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** Fraction of all chosen bytes imported, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** One outcome per file of the last run. */
    public ObservableList<FileOutcome> outcomes() {
        return outcomesView;
    }

    /** The rejected rows of the last run, file by file, as far as the importer listed them. */
    public ObservableList<Rejection> rejections() {
        return rejectionsView;
    }

    /** A one-line summary of the last run. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** One line per file that failed: "clicks.csv: why", or "" when none did. */
    public ReadOnlyStringProperty failuresProperty() {
        return failures.getReadOnlyProperty();
    }

    /** False while no file is chosen, an import runs, or a chosen file cannot be read as the chosen kind. */
    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /**
     * The chosen files that cannot be read as the chosen kind and format, one per line with the reason ("clicks.csv:
     * no header row starting with id"), or "" when every file can be read (or the check runs).
     */
    public ReadOnlyStringProperty unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }

    // commands

    /** Adds files (skipping ones already chosen); guesses the kind from the first name unless the user chose one. */
    public void addFiles(List<Path> chosen) {
        for (Path file : chosen) {
            if (!files.contains(file)) {
                files.add(file);
            }
        }
        if (!kindChosen && !files.isEmpty()) {
            kind.set(guessKind(files.get(0)));
            formats.setAll(importing.formats(kind.get()));
        }
        if (preview.fileProperty().get() == null && !files.isEmpty()) {
            showPreviewOf(files.get(0));
        }
        checkReadable();
    }

    public void removeFile(Path file) {
        files.remove(file);
        if (file.equals(preview.fileProperty().get())) {
            if (files.isEmpty()) {
                preview.clear();
            } else {
                showPreviewOf(files.get(0));
            }
        }
        checkReadable();
    }

    public void chooseKind(DataKind chosen) {
        kindChosen = true;
        if (chosen != kind.get()) {
            kind.set(chosen);
            format.set("");
            formats.setAll(importing.formats(chosen));
            refreshPreview();
        }
    }

    /** Forces a format by name; blank or "auto" detects it. */
    public void chooseFormat(String name) {
        String chosen = name == null || name.isBlank() || name.equalsIgnoreCase("auto") ? "" : name.strip();
        if (!chosen.equals(format.get())) {
            format.set(chosen);
            refreshPreview();
        }
    }

    public void setPseudonymize(boolean on) {
        pseudonymize.set(on);
    }

    /** Reads the first rows of {@code file} in the background. */
    public void showPreviewOf(Path file) {
        preview.show(file, kind.get(), format.get().isEmpty() ? null : format.get());
    }

    /** Imports every chosen file, one after another, in the background. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        List<Path> batch = List.copyOf(files);
        ImportRunner runner = new ImportRunner(importing, workspace, batch, kind.get(),
                format.get().isEmpty() ? null : format.get(), pseudonymize.get());
        phase.set(Phase.RUNNING);
        outcomes.clear();
        rejections.clear();
        result.set("");
        failures.set("");
        progress.set(-1);
        progressText.set("Starting…");
        runningImport = tasks.submit(batch.size() == 1 ? "Importing " + batch.get(0).getFileName()
                : "Importing " + batch.size() + " files", runner::run, this::finished, this::failed);
        progress.bind(runningImport.progressProperty());
        progressText.bind(runningImport.messageProperty());
    }

    /** Stops the running import at its next batch boundary; files not started are skipped. */
    public void cancel() {
        if (runningImport != null && phase.get() == Phase.RUNNING) {
            runningImport.cancel();
        }
    }

    private void finished(ImportRunner.Result run) {
        unbindProgress();
        outcomes.setAll(run.outcomes());
        for (FileOutcome outcome : run.outcomes()) {
            if (outcome.report() != null) {
                rejections.addAll(outcome.report().rejections());
            }
        }
        for (ImportRunner.Failure failure : run.failures()) {
            problems.report("Importing " + failure.file().getFileName(), failure.error());
        }
        failures.set(String.join("\n", run.outcomes().stream().filter(o -> o.failure() != null)
                .map(o -> o.file().getFileName() + ": " + o.failure()).toList()));
        String summary = summary(run.outcomes(), files.size());
        result.set(summary);
        progress.set(1);
        progressText.set(summary);
        phase.set(Phase.DONE);
        onFinished.accept(summary);
    }

    private void failed(Throwable error) {
        unbindProgress();
        String text = error instanceof CancelledException ? "Import cancelled" : ProblemText.reason(error);
        result.set(text);
        progressText.set(text);
        phase.set(Phase.DONE);
        onFinished.accept(text);
    }

    private void unbindProgress() {
        progress.unbind();
        progressText.unbind();
        runningImport = null;
    }

    static String summary(List<FileOutcome> outcomes, int chosen) {
        long accepted = outcomes.stream().mapToLong(FileOutcome::accepted).sum();
        long rejected = outcomes.stream().mapToLong(FileOutcome::rejected).sum();
        long failed = outcomes.stream().filter(o -> o.status().equals("failed")).count();
        boolean cancelled = outcomes.stream().anyMatch(o -> o.status().equals("cancelled"))
                || outcomes.size() < chosen;
        StringBuilder text = new StringBuilder(cancelled ? "Cancelled: " : "");
        long reported = outcomes.size() - failed;
        if (accepted == 0 && rejected == 0) {
            text.append(cancelled ? "nothing imported" : "Nothing imported");
        } else {
            text.append(cancelled ? "imported " : "Imported ");
            text.append(Formats.count(accepted)).append(accepted == 1 ? " row" : " rows");
            text.append(" from ").append(reported).append(reported == 1 ? " file" : " files");
        }
        if (rejected > 0) {
            text.append("; ").append(Formats.count(rejected)).append(rejected == 1 ? " row" : " rows").append(" rejected");
        }
        if (failed > 0) {
            text.append("; ").append(failed).append(failed == 1 ? " file" : " files").append(" failed");
        }
        return text.toString();
    }

    private void refreshPreview() {
        Path file = preview.fileProperty().get();
        if (file != null) {
            showPreviewOf(file);
        }
        checkReadable();
    }

    /** Tries to read the first rows of every chosen file in the background; Import waits for the answer. */
    private void checkReadable() {
        List<Path> chosen = List.copyOf(files);
        DataKind asKind = kind.get();
        String asFormat = format.get().isEmpty() ? null : format.get();
        int asked = ++readChecks;
        unreadable.set(chosen.isEmpty() ? "" : "checking the files…");
        if (chosen.isEmpty()) {
            return;
        }
        tasks.submit("Checking the chosen files", context -> {
            List<String> why = new java.util.ArrayList<>();
            for (Path f : chosen) {
                try {
                    importing.preview(workspace, f, asKind, asFormat);
                } catch (MerchLabException e) {
                    why.add(f.getFileName() + ": " + e.getMessage());
                }
            }
            return String.join("\n", why);
        }, found -> {
            if (asked == readChecks) {
                unreadable.set(found);
            }
        }, error -> {
            if (asked == readChecks) {
                unreadable.set(ProblemText.reason(error));
            }
        });
    }

    /** Catalogs, judgments and events by the words in the file name; events when nothing matches. */
    static DataKind guessKind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.matches(".*(catalog|product|feed|merchant|\\.item).*")) {
            return DataKind.CATALOG;
        }
        if (name.matches(".*(judg|qrel|relevance|grade).*")) {
            return DataKind.JUDGMENTS;
        }
        return DataKind.EVENTS;
    }
}
