package merchlab.importer.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The catalog product ids one file has given so far, kept as 64-bit hashes in an open-addressing table (16 bytes an
 * id at most, so a file of millions of products stays in tens of megabytes): a repeated id is found, a collision of two
 * different ids is a one-in-2^64 chance.
 */
final class FileProductIds {
    private long[] slots = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** True the first time {@code id} is given. */
    boolean add(String id) {
        long h = hash(id);
        if (h == 0) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            return true;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        return insert(slots, h);
    }

    private boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        if (table == slots) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        Arrays.stream(old).filter(h -> h != 0).forEach(h -> insert(slots, h));
    }

    /** FNV-1a over the UTF-8 bytes, then a finalising mix (murmur3's) so nearby ids spread over the table. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe63a5ccdL;
        h ^= h >>> 33;
        return h;
    }
}
