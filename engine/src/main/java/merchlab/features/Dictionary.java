package merchlab.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers distinct names 0, 1, 2 ... in order of first appearance; null names get -1. */
public final class Dictionary {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();

    /** The number of {@code name}, adding it when new; -1 for null. */
    public int idOrAdd(String name) {
        if (name == null) {
            return -1;
        }
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            names.add(name);
            ids.put(name, id);
        }
        return id;
    }

    /** The number of {@code name}, or -1 when it is unknown or null. */
    public int id(String name) {
        Integer id = name == null ? null : ids.get(name);
        return id == null ? -1 : id;
    }

    public String name(int id) {
        return names.get(id);
    }

    public int size() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }
}
