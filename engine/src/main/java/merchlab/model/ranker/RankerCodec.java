package merchlab.model.ranker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import merchlab.MerchLabException;

/** The ranker's stored parameters: the fitted feature pipeline followed by the network's weights. */
final class RankerCodec {
    private static final int MAGIC = 0x4d4c524b;
    private static final int VERSION = 1;

    private RankerCodec() {
    }

    record Parts(byte[] pipeline, byte[] weights) {
    }

    static byte[] write(byte[] pipeline, byte[] weights) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(pipeline.length);
            out.write(pipeline);
            out.writeInt(weights.length);
            out.write(weights);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Parts read(byte[] parameters) {
        if (parameters == null) {
            throw new MerchLabException("the ranker has no stored parameters: retrain it");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new MerchLabException("the ranker's parameters are not in a format this MerchLab reads: retrain it");
            }
            byte[] pipeline = in.readNBytes(in.readInt());
            byte[] weights = in.readNBytes(in.readInt());
            return new Parts(pipeline, weights);
        } catch (IOException e) {
            throw new MerchLabException("the ranker's parameters are damaged: " + e.getMessage(), e);
        }
    }
}
