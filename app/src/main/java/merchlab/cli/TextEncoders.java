package merchlab.cli;

import java.util.function.Supplier;
import merchlab.MerchLabException;
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
        return () -> {
            throw new MerchLabException("this query has no cached embedding and the text encoders are not part of this"
                    + " build yet: run merchlab encode on a build with the language module");
        };
    }
}
