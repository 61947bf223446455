package merchlab.importer.read;

/** A fast, stable 64-bit hash of strings (FNV-1a over UTF-16 units, then a MurmurHash3 finaliser), equal on every JVM. */
public final class Hash64 {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long h = OFFSET;

    /** Adds a value (null is distinct from every string, including the empty one). */
    public Hash64 add(String s) {
        if (s == null) {
            h = (h ^ 0xFFFF) * PRIME;
        } else {
            for (int i = 0, n = s.length(); i < n; i++) {
                h = (h ^ s.charAt(i)) * PRIME;
            }
        }
        h = (h ^ 0x1F) * PRIME;
        return this;
    }

    /** Adds a number. */
    public Hash64 add(long v) {
        for (int i = 0; i < 8; i++) {
            h = (h ^ ((v >>> (i * 8)) & 0xFF)) * PRIME;
        }
        return this;
    }

    /** The mixed hash. */
    public long value() {
        long x = h;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    /** Sixteen hex digits of the hash of {@code parts}. */
    public static String hex(String... parts) {
        Hash64 h = new Hash64();
        for (String p : parts) {
            h.add(p);
        }
        return String.format("%016x", h.value());
    }
}
