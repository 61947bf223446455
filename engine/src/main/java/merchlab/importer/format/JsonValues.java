package merchlab.importer.format;

import com.fasterxml.jackson.databind.JsonNode;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;

/** Reading values out of JSON records: text for strings and numbers alike, null for missing, null or blank. */
final class JsonValues {
    private JsonValues() {
    }

    /** The value at {@code path} as text, or null. */
    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isNull() || n.isMissingNode() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** The node at {@code path}, or null. */
    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(p);
        }
        return n;
    }

    /** A whole number at {@code path} (a JSON number or numeric string), or null. */
    static Long whole(JsonNode node, String what, String... path) throws RowProblem {
        String s = text(node, path);
        return s == null ? null : Numbers.whole(s, what);
    }
}
