package merchlab.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
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
import merchlab.importer.ColumnGap;
import merchlab.importer.DataKind;
import merchlab.importer.ImportPreview;
import merchlab.importer.Rejection;
import merchlab.ui.format.Formats;
import merchlab.ui.status.ProblemText;
import merchlab.ui.task.Problems;
import merchlab.ui.task.RunningTask;
import merchlab.ui.task.TaskRunner;
import merchlab.workspace.Workspace;

/**
 * The import dialog's state: the chosen files, each with what it holds (detected from its content, or chosen) and its
 * format, a preview of the chosen file's first rows, the running import's progress, and afterwards one outcome per
 * file with the rejected rows as the files wrote them.
 */
public final class ImportViewModel {
    /** Where the dialog is in its life. */
    public enum Phase { CHOOSING, RUNNING, DONE }

    // properties
    private final ObservableList<ChosenFile> files = FXCollections.observableArrayList();
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
    private final ObservableList<ChosenFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<String> formatsView = FXCollections.unmodifiableObservableList(formats);
    private final ObservableList<FileOutcome> outcomesView = FXCollections.unmodifiableObservableList(outcomes);
    private final ObservableList<Rejection> rejectionsView = FXCollections.unmodifiableObservableList(rejections);

    private final TaskRunner tasks;
    private final Problems problems;
    private final Importing importing;
    private final Workspace workspace;
    private final Consumer<String> onFinished;
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

    /** The chosen files, in the order added, each with its kind and format. */
    public ObservableList<ChosenFile> files() {
        return filesView;
    }

    /** What the previewed file holds. */
    public ReadOnlyObjectProperty<DataKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The format forced for the previewed file, or "" to detect it. */
    public ReadOnlyStringProperty formatProperty() {
        return format.getReadOnlyProperty();
    }

    /** Formats the user may force for the previewed file's kind. */
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

    /**
     * For a previewed delimited file whose header the importers do not read as it is: the closest format and the
     * needed columns to map from the header's own; {@code null} when the file reads as it is. The columns mapped so far
     * are in the previewed file's {@link ChosenFile#columns()}.
     */
    public ReadOnlyObjectProperty<ColumnGap> columnGapProperty() {
        return preview.columnGapProperty();
    }

    /** The previewed file as chosen, or {@code null}. */
    public ChosenFile previewed() {
        int at = indexOf(preview.fileProperty().get());
        return at < 0 ? null : files.get(at);
    }

    /** "Detected format: …", "Reading …", or why the previewed file cannot be read. */
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

    /**
     * Adds files (skipping ones already chosen), each with the kind its name suggests until its content is read; the
     * first added is previewed when nothing is.
     */
    public void addFiles(List<Path> chosen) {
        for (Path file : chosen) {
            if (indexOf(file) < 0) {
                files.add(new ChosenFile(file, guessKind(file), "", ChosenFile.KindSource.NAME));
            }
        }
        if (preview.fileProperty().get() == null && !files.isEmpty()) {
            showPreviewOf(files.get(0).path());
        }
        checkReadable();
    }

    public void removeFile(Path file) {
        int at = indexOf(file);
        if (at < 0) {
            return;
        }
        files.remove(at);
        if (file.equals(preview.fileProperty().get())) {
            if (files.isEmpty()) {
                preview.clear();
            } else {
                showPreviewOf(files.get(0).path());
            }
        }
        checkReadable();
    }

    /** Says what the previewed file holds; detection no longer changes it. */
    public void chooseKind(DataKind chosen) {
        int at = indexOf(preview.fileProperty().get());
        if (at >= 0 && (chosen != files.get(at).kind() || files.get(at).source() != ChosenFile.KindSource.USER)) {
            files.set(at, files.get(at).withKind(chosen, ChosenFile.KindSource.USER));
            refreshPreview();
        }
    }

    /** Forces a format for the previewed file by name; blank or "auto" detects it. */
    public void chooseFormat(String name) {
        String chosen = name == null || name.isBlank() || name.equalsIgnoreCase("auto") ? "" : name.strip();
        int at = indexOf(preview.fileProperty().get());
        if (at >= 0 && !chosen.equals(files.get(at).format())) {
            files.set(at, files.get(at).withFormat(chosen));
            refreshPreview();
        }
    }

    /** Reads the previewed file's column {@code fileColumn} as {@code needed}; null or blank maps none to it. */
    public void mapColumn(String needed, String fileColumn) {
        int at = indexOf(preview.fileProperty().get());
        if (at >= 0 && !java.util.Objects.equals(files.get(at).columnFor(needed), fileColumn)) {
            files.set(at, files.get(at).withColumn(needed, fileColumn));
            refreshPreview();
        }
    }

    public void setPseudonymize(boolean on) {
        pseudonymize.set(on);
    }

    /** Reads the first rows of chosen {@code file} in the background, as its kind and format say. */
    public void showPreviewOf(Path file) {
        int at = indexOf(file);
        if (at < 0) {
            return;
        }
        ChosenFile shown = files.get(at);
        kind.set(shown.kind());
        format.set(shown.format());
        formats.setAll(importing.formats(shown.kind()));
        preview.show(shown.request(false));
    }

    /** Imports every chosen file in the background: catalogs first, then behaviour logs, then judgments. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        List<ChosenFile> batch = List.copyOf(files);
        ImportRunner runner = new ImportRunner(importing, workspace, batch, pseudonymize.get());
        phase.set(Phase.RUNNING);
        outcomes.clear();
        rejections.clear();
        result.set("");
        failures.set("");
        progress.set(-1);
        progressText.set("Starting…");
        runningImport = tasks.submit(batch.size() == 1 ? "Importing " + batch.get(0).path().getFileName()
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
                .map(o -> o.file().getFileName() + ": " + inWords(o.failure())).toList()));
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

    private int indexOf(Path file) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).path().equals(file)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads what every chosen file holds (unless the user said) and tries its first rows in the background; Import
     * waits for the answer.
     */
    private void checkReadable() {
        List<ChosenFile> chosen = List.copyOf(files);
        int asked = ++readChecks;
        unreadable.set(chosen.isEmpty() ? "" : "checking the files…");
        if (chosen.isEmpty()) {
            return;
        }
        tasks.submit("Checking the chosen files", context -> {
            List<ChosenFile> read = new ArrayList<>();
            List<String> why = new ArrayList<>();
            for (ChosenFile f : chosen) {
                ChosenFile known = f.source() == ChosenFile.KindSource.USER ? f : importing.kindOf(f.path())
                        .map(k -> f.withKind(k, ChosenFile.KindSource.CONTENT)).orElse(f);
                read.add(known);
                try {
                    importing.preview(workspace, known.request(false));
                } catch (MerchLabException e) {
                    why.add(f.path().getFileName() + ": " + inWords(e.getMessage()));
                }
            }
            return new Checked(read, String.join("\n", why));
        }, checked -> {
            if (asked == readChecks) {
                checked.files().forEach(this::detected);
                unreadable.set(checked.unreadable());
            }
        }, error -> {
            if (asked == readChecks) {
                unreadable.set(ProblemText.reason(error));
            }
        });
    }

    /** Takes a file's kind as its content showed it, unless the user has chosen one since. */
    private void detected(ChosenFile read) {
        int at = indexOf(read.path());
        if (at < 0 || files.get(at).source() == ChosenFile.KindSource.USER || files.get(at).equals(read)) {
            return;
        }
        files.set(at, read);
        if (read.path().equals(preview.fileProperty().get()) && read.kind() != kind.get()) {
            showPreviewOf(read.path());
        }
    }

    private record Checked(List<ChosenFile> files, String unreadable) {
    }

    /**
     * An importer's message in the dialog's words: the command line's {@code --column} is the Columns list here, and
     * "pass --format" the Format list.
     */
    static String inWords(String message) {
        return message == null ? null : message.replaceAll(" \\(--column [^)]*\\)", " under Columns")
                .replace("pass --format", "choose its format under Format");
    }

    /** Catalogs, judgments, campaigns and events by the words in the file name; events when nothing matches. */
    static DataKind guessKind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.matches(".*(catalog|product|feed|merchant|\\.item).*")) {
            return DataKind.CATALOG;
        }
        if (name.matches(".*(judg|qrel|relevance|grade).*")) {
            return DataKind.JUDGMENTS;
        }
        if (name.matches(".*(campaign|sponsor|advert).*")) {
            return DataKind.CAMPAIGNS;
        }
        return DataKind.EVENTS;
    }
}
