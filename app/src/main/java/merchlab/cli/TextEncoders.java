package merchlab.cli;

import java.util.function.Supplier;
import merchlab.features.ShopData;
import merchlab.text.TextEncoder;
import merchlab.workspace.Workspace;

/** Opens the text encoder a workspace's models need for queries that have no cached embedding. */
final class TextEncoders {
    private TextEncoders() {
    }

    /** The workspace's data with the encoder opened on demand. */
    static ShopData shopData(Workspace workspace) {
        return new ShopData(workspace, encoderFor(workspace));
    }

    private static Supplier<TextEncoder> encoderFor(Workspace workspace) {
        return () -> merchlab.text.Encoders.openFor(workspace);
    }
}
