package merchlab.importer.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import merchlab.MerchLabException;

/** The columns of a delimited file's header, found by name or alias. */
final class Columns {
    private final String fileName;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<Integer> used = new TreeSet<>();

    Columns(String fileName, List<String> names) {
        this.fileName = fileName;
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
    }

    /** A header name as compared: trimmed, without any layer of quotes, lower case, spaces and dashes as underscores. */
    static String normalize(String raw) {
        String s = raw;
        String before;
        do { // every layer, so that a normalised name normalises to itself (a header cell '""""' is blank, not '""')
            before = s;
            s = s.strip();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1);
            }
        } while (!s.equals(before));
        return s.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    int size() {
        return names.size();
    }

    String name(int i) {
        return names.get(i);
    }

    List<String> names() {
        return names;
    }

    boolean has(String... aliases) {
        return find(aliases) >= 0;
    }

    /** The first of {@code aliases} present, marked as used; -1 when none is. */
    int find(String... aliases) {
        for (String a : aliases) {
            Integer i = index.get(a);
            if (i != null) {
                used.add(i);
                return i;
            }
        }
        return -1;
    }

    /** Like {@link #find} but a missing column stops the import with a clear message. */
    int require(String... aliases) {
        int i = find(aliases);
        if (i < 0) {
            throw new MerchLabException(fileName + " has no " + aliases[0] + " column"
                    + (aliases.length > 1 ? " (also accepted: " + String.join(", ", List.of(aliases).subList(1, aliases.length)) + ")" : ""));
        }
        return i;
    }

    /** Names of the columns nobody asked for. */
    List<String> unused() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!used.contains(i) && !names.get(i).isEmpty()) {
                out.add(names.get(i));
            }
        }
        return out;
    }
}
