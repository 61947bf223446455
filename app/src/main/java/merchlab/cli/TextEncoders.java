package merchlab.cli;

import merchlab.features.ShopData;
import merchlab.text.Encoders;
import merchlab.workspace.Workspace;

/** Opens the text encoder a workspace's models need for queries that have no cached embedding. */
final class TextEncoders {
    private TextEncoders() {
    }

    /** The workspace's data with its encoder opened on demand (the one its products were embedded with). */
    static ShopData shopData(Workspace workspace) {
        ShopData[] holder = new ShopData[1];
        holder[0] = new ShopData(workspace, () -> Encoders.open(holder[0].encoderName()));
        return holder[0];
    }
}
