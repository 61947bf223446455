package merchlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.MerchLabException;

/**
 * A failed command that has more to say than its one line: with {@code --json} its document (which holds the same
 * line under {@code error}) is printed instead of the bare {@code {"error": ...}}.
 */
final class CommandFailure extends MerchLabException {
    private final transient Map<String, Object> document;

    CommandFailure(String message, Map<String, Object> document) {
        super(message);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("error", message);
        d.putAll(document);
        this.document = d;
    }

    /** The JSON document: {@code error} first, then the rest. */
    Map<String, Object> document() {
        return document;
    }
}
