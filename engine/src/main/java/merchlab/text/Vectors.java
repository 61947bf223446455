package merchlab.text;

/**
 * Small vector helpers shared by the encoders and the search indexes.
 */
public final class Vectors {
    private Vectors() {
    }

    /** Scales {@code v} in place to unit length; the zero vector stays zero. Returns {@code v}. */
    public static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        if (sum == 0) {
            return v;
        }
        float inv = (float) (1.0 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }

    /** Euclidean length. */
    public static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }

    /** Dot product; the cosine similarity of two normalised vectors. */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vector lengths differ: " + a.length + " vs " + b.length);
        }
        return dot(a, 0, b, 0, a.length);
    }

    /**
     * Dot product of {@code n} numbers of {@code a} from {@code aFrom} and of {@code b} from {@code bFrom}, summed in
     * four independent lanes so that the additions do not wait on each other.
     */
    public static float dot(float[] a, int aFrom, float[] b, int bFrom, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[aFrom + i] * b[bFrom + i];
            s1 += a[aFrom + i + 1] * b[bFrom + i + 1];
            s2 += a[aFrom + i + 2] * b[bFrom + i + 2];
            s3 += a[aFrom + i + 3] * b[bFrom + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[aFrom + i] * b[bFrom + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
