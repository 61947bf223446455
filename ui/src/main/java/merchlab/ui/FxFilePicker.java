package merchlab.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The desktop's {@link FilePicker}: JavaFX file choosers that start in the folder last used. */
public final class FxFilePicker implements FilePicker {
    private File lastFolder;

    public FxFilePicker(Path startFolder) {
        this.lastFolder = startFolder == null ? null : startFolder.toFile();
    }

    @Override
    public List<Path> filesToImport(Window owner) {
        FileChooser chooser = chooser("Import files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data files", "*.csv", "*.tsv", "*.jsonl", "*.ndjson", "*.json",
                        "*.inter", "*.item", "*.user", "*.txt", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> workspaceToOpen(Window owner) {
        FileChooser chooser = workspaceChooser("Open workspace");
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> newWorkspace(Window owner) {
        FileChooser chooser = workspaceChooser("New workspace");
        chooser.setInitialFileName("shop.db");
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser workspaceChooser(String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("MerchLab workspaces", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
