package merchlab.sample.catalog;

import java.util.Arrays;

/** A growable list of ints, for the catalog's product indexes. */
public final class IntList {
    private int[] values = new int[8];
    private int size;

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    public int get(int i) {
        return values[i];
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
