package merchlab.model.baseline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.features.EventLog;

/**
 * Engagements per product over a window of logs, each halved for every {@code halfLifeDays} of age at the window's
 * end; stored by product id so they survive catalog changes.
 */
final class ProductCounts {
    private ProductCounts() {
    }

    static Map<String, Float> count(EventLog log, merchlab.features.ShopCatalog catalog, double halfLifeDays) {
        long end = log.lastTimestamp();
        float[] counts = new float[catalog.size()];
        for (int i = 0; i < log.size(); i++) {
            int p = log.product(i);
            if (p >= 0 && log.isEngagement(i)) {
                double ageDays = (end - log.timestamp(i)) / 86_400_000.0;
                counts[p] += (float) Math.pow(0.5, ageDays / halfLifeDays);
            }
        }
        Map<String, Float> out = new LinkedHashMap<>();
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] > 0) {
                out.put(catalog.id(p), counts[p]);
            }
        }
        return out;
    }

    static byte[] write(Map<String, Float> counts) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(counts.size());
            for (Map.Entry<String, Float> e : counts.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeFloat(e.getValue());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Float> read(byte[] bytes) {
        if (bytes == null) {
            throw new MerchLabException("the model has no stored counts: retrain it");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            Map<String, Float> out = new LinkedHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                out.put(in.readUTF(), in.readFloat());
            }
            return out;
        } catch (IOException e) {
            throw new MerchLabException("the model's counts are damaged: " + e.getMessage(), e);
        }
    }
}
