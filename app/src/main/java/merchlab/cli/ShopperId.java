package merchlab.cli;

import java.util.Optional;
import merchlab.importer.store.Pseudonymizer;
import merchlab.store.ShopperStore;
import merchlab.workspace.Workspace;

/**
 * The shopper id a command looks up for {@code --user}: on a workspace whose shopper ids were pseudonymised, a raw id
 * is hashed with the workspace's own key (so {@code --user} takes the id the shop knows), and a note says so.
 *
 * @param id   the id to look up: as typed, or its pseudonym
 * @param note why the id was changed or why the shopper is unknown; null when there is nothing to say
 */
record ShopperId(String id, String note) {
    static ShopperId of(Workspace ws, String typed) {
        if (typed == null) {
            return new ShopperId(null, null);
        }
        Optional<Pseudonymizer> pseudonyms = Pseudonymizer.of(ws);
        if (pseudonyms.isEmpty() || stored(ws, typed)) {
            return new ShopperId(typed, null);
        }
        String hashed = pseudonyms.get().apply(typed);
        if (stored(ws, hashed)) {
            return new ShopperId(hashed, "this workspace stores shopper ids pseudonymised: --user was hashed with "
                    + "its key to " + hashed);
        }
        return new ShopperId(hashed, "this workspace stores shopper ids pseudonymised and has no shopper with this id "
                + "or its pseudonym " + hashed + ": results are for a new shopper");
    }

    private static boolean stored(Workspace ws, String id) {
        return new ShopperStore(ws).exists(id);
    }
}
