package merchlab.search.semantic;

/**
 * Symmetric int8 quantisation of one vector: each value becomes {@code round(x / scale)} with
 * {@code scale = max|x| / 127}, so {@code x ≈ code * scale}.
 */
public final class Int8Codes {
    private Int8Codes() {
    }

    /** Writes the codes of {@code v} into {@code out} at {@code offset} and returns the scale (0 for the zero vector). */
    public static float quantise(float[] v, byte[] out, int offset) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        if (max == 0) {
            java.util.Arrays.fill(out, offset, offset + v.length, (byte) 0);
            return 0;
        }
        float scale = max / 127f;
        float inv = 1f / scale;
        for (int j = 0; j < v.length; j++) {
            out[offset + j] = (byte) Math.max(-127, Math.min(127, Math.round(v[j] * inv)));
        }
        return scale;
    }
}
