package merchlab.ui.models;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to export a model and which exported model to import; native choosers in the app, fixed files in tests. */
public interface ModelFiles {
    Optional<Path> exportTarget(Window owner, String suggestedName);

    Optional<Path> modelToImport(Window owner);

    /** Native file choosers. */
    static ModelFiles chooser() {
        return new ModelFiles() {
            @Override
            public Optional<Path> exportTarget(Window owner, String suggestedName) {
                FileChooser c = chooser("Export model");
                c.setInitialFileName(suggestedName);
                return Optional.ofNullable(c.showSaveDialog(owner)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> modelToImport(Window owner) {
                return Optional.ofNullable(chooser("Import model").showOpenDialog(owner)).map(java.io.File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("MerchLab models", "*.mlmodel"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                return c;
            }
        };
    }
}
