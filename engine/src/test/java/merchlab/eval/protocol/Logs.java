package merchlab.eval.protocol;

import java.util.ArrayList;
import java.util.List;
import merchlab.behaviour.Interaction;
import merchlab.behaviour.InteractionLog;

/** Hand-made interaction logs for protocol tests. */
final class Logs {
    private Logs() {
    }

    /** A log where shopper {@code user} engaged with {@code products} at times 1, 2, 3, ... in that order. */
    static List<Interaction> shopper(String user, String... products) {
        List<Interaction> out = new ArrayList<>();
        for (int i = 0; i < products.length; i++) {
            out.add(new Interaction(user, products[i], (i + 1) * 1000L));
        }
        return out;
    }

    @SafeVarargs
    static InteractionLog of(List<Interaction>... shoppers) {
        List<Interaction> all = new ArrayList<>();
        for (List<Interaction> s : shoppers) {
            all.addAll(s);
        }
        return InteractionLog.of(all);
    }
}
