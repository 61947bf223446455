package merchlab.features;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;

/** Binary form of a {@link FeaturePipeline}: a version, the schema as JSON, then every fitted array. */
final class PipelineCodec {
    private static final int VERSION = 5;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private PipelineCodec() {
    }

    static byte[] write(FeaturePipeline p) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(VERSION);
            out.writeUTF(JSON.writeValueAsString(p.schema.toMap()));
            out.writeUTF(p.encoder);
            out.writeUTF(p.source);
            floats(out, p.curve.rates());
            out.writeFloat(p.curve.overall());
            out.writeInt(p.idf.size());
            for (Map.Entry<String, Float> e : p.idf.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeFloat(e.getValue());
            }
            out.writeFloat(p.unknownIdf);
            strings(out, p.keys.products());
            strings(out, p.keys.categories());
            strings(out, p.keys.tops());
            strings(out, p.keys.brands());
            strings(out, p.keys.groups());
            ProductPriors r = p.priors;
            for (float[] a : List.of(r.impressions, r.expected, r.clicks, r.engagements, r.decayed, r.categoryEngagements,
                    r.topEngagements, r.brandEngagements, r.topClicks, r.topExpected, r.topDeviceClicks,
                    r.topDeviceExpected, r.topHourClicks, r.topHourExpected, r.topWeekendClicks, r.topWeekendExpected,
                    r.groupClicks, r.groupExpected, r.brandClicks, r.brandExpected, r.categoryShown, r.topShown, r.brandShown,
                    r.positionSum, r.dwellSum, r.dwellCount, r.groupDwellSum, r.groupDwellCount, r.brandDwellSum,
                    r.brandDwellCount)) {
                floats(out, a);
            }
            out.writeFloat(r.totalClicks);
            out.writeFloat(r.totalExpected);
            out.writeFloat(r.totalShown);
            longs(out, r.decayedAt);
            longs(out, r.firstSeen);
            out.writeFloat(r.totalEngagements);
            out.writeFloat(r.totalDwellSum);
            out.writeFloat(r.totalDwellCount);
            out.writeLong(p.referenceTime);
            floats(out, p.mean);
            floats(out, p.std);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the feature pipeline", e);
        }
    }

    @SuppressWarnings("unchecked")
    static FeaturePipeline read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readInt();
            if (version != VERSION) {
                throw new MerchLabException("the model's feature pipeline has version " + version
                        + ", this MerchLab reads " + VERSION + ": retrain the model");
            }
            FeatureSchema schema = FeatureSchema.fromMap(JSON.readValue(in.readUTF(), Map.class));
            String encoder = in.readUTF();
            String source = in.readUTF();
            PositionCurve curve = new PositionCurve(floats(in), in.readFloat());
            int words = in.readInt();
            Map<String, Float> idf = new HashMap<>(words * 2);
            for (int i = 0; i < words; i++) {
                idf.put(in.readUTF(), in.readFloat());
            }
            float unknownIdf = in.readFloat();
            ProductPriors.PriorKeys keys = new ProductPriors.PriorKeys(strings(in), strings(in), strings(in), strings(in),
                    strings(in));
            ProductPriors r = new ProductPriors(keys.products().size(), keys.categories().size(), keys.tops().size(),
                    keys.brands().size(), keys.groups().size());
            for (float[] a : List.of(r.impressions, r.expected, r.clicks, r.engagements, r.decayed, r.categoryEngagements,
                    r.topEngagements, r.brandEngagements, r.topClicks, r.topExpected, r.topDeviceClicks,
                    r.topDeviceExpected, r.topHourClicks, r.topHourExpected, r.topWeekendClicks, r.topWeekendExpected,
                    r.groupClicks, r.groupExpected, r.brandClicks, r.brandExpected, r.categoryShown, r.topShown, r.brandShown,
                    r.positionSum, r.dwellSum, r.dwellCount, r.groupDwellSum, r.groupDwellCount, r.brandDwellSum,
                    r.brandDwellCount)) {
                float[] v = floats(in);
                System.arraycopy(v, 0, a, 0, a.length);
            }
            r.totalClicks = in.readFloat();
            r.totalExpected = in.readFloat();
            r.totalShown = in.readFloat();
            long[] decayedAt = longs(in);
            System.arraycopy(decayedAt, 0, r.decayedAt, 0, decayedAt.length);
            long[] firstSeen = longs(in);
            System.arraycopy(firstSeen, 0, r.firstSeen, 0, firstSeen.length);
            r.totalEngagements = in.readFloat();
            r.totalDwellSum = in.readFloat();
            r.totalDwellCount = in.readFloat();
            long reference = in.readLong();
            float[] mean = floats(in);
            float[] std = floats(in);
            return new FeaturePipeline(schema, encoder, source, curve, idf, unknownIdf, r, keys, reference, mean, std);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MerchLabException m) {
                throw m;
            }
            throw new MerchLabException("the model's feature pipeline is damaged: " + e.getMessage(), e);
        }
    }

    private static void floats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float v : a) {
            out.writeFloat(v);
        }
    }

    private static float[] floats(DataInputStream in) throws IOException {
        float[] a = new float[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }

    private static void longs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    private static long[] longs(DataInputStream in) throws IOException {
        long[] a = new long[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }
}
